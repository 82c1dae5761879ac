package org.arflow.edi.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * A procedure from a composite such as SVC01 or SV101: qualifier (HC = HCPCS/CPT, NU = revenue
 * code, ...), code, and up to four modifiers. The code is null when the file carries only a
 * qualifier; a file whose composites use a different separator than ISA16 declares shows up as
 * a qualifier holding the whole text and no code.
 */
public record ProcedureCode(String qualifier, String code, List<String> modifiers) {

    public ProcedureCode {
        modifiers = List.copyOf(modifiers);
    }

    static ProcedureCode from(Segment segment, int element) {
        if (segment.text(element) == null) {
            return null;
        }
        List<String> modifiers = new ArrayList<>();
        for (int c = 3; c <= 6; c++) {
            String modifier = segment.component(element, c);
            if (modifier != null) {
                modifiers.add(modifier);
            }
        }
        return new ProcedureCode(segment.component(element, 1), segment.component(element, 2), modifiers);
    }
}
