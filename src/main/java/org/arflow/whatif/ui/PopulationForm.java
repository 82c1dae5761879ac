package org.arflow.whatif.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.arflow.simulation.PayerBehaviour;
import org.arflow.whatif.WhatIfParameters;

/** The synthetic population: size, horizon, seed, payer mix (percent) and what the payer model adds. */
final class PopulationForm extends FormLayout {

    private final IntegerField claims = field("Claims", 2000, 1, WhatIfParameters.MAX_CLAIMS);
    private final IntegerField horizon = field("Horizon (simulated days)", 180, 1, WhatIfParameters.MAX_HORIZON_DAYS);
    private final IntegerField seed = field("Seed (same seed, same claims)", 42, 0, Integer.MAX_VALUE);
    private final IntegerField lost = field("Claims the payer never received (%)", 5, 0, 100);
    private final IntegerField answered = field("Status inquiries the payer answers (%)", 50, 0, 100);
    private final Map<String, IntegerField> mix = new LinkedHashMap<>();

    PopulationForm() {
        add(claims, horizon, seed, lost, answered);
        for (PayerBehaviour p : PayerBehaviour.defaults()) {
            IntegerField share = field(p.payerName() + " (% of claims)", 20, 0, 100);
            mix.put(p.payerName(), share);
            add(share);
        }
    }

    private static IntegerField field(String label, int value, int min, int max) {
        IntegerField f = new IntegerField(label);
        f.setValue(value);
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        return f;
    }

    WhatIfParameters parameters() {
        Map<String, Integer> shares = new LinkedHashMap<>();
        mix.forEach((payer, f) -> shares.put(payer, value(f)));
        WhatIfParameters d = WhatIfParameters.of(value(claims), value(horizon), value(seed));
        return new WhatIfParameters(d.claims(), shares, d.horizonDays(), d.seed(), value(lost) / 100.0,
                value(answered) / 100.0, d.cohortSize());
    }

    private static int value(IntegerField f) {
        if (f.getValue() == null || f.isInvalid()) {
            throw new IllegalArgumentException(f.getLabel() + ": enter a number between " + (int) f.getMin()
                    + " and " + (int) f.getMax());
        }
        return f.getValue();
    }
}
