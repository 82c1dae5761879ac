package org.arflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** CSV cells a spreadsheet could run as a formula are defused; numbers stay numbers. */
class CsvTest {

    @Test
    void text_starting_with_a_formula_character_tab_or_cr_gets_a_leading_apostrophe() {
        assertThat(Csv.cell("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(Csv.cell("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.cell("\tTab payer")).isEqualTo("'\tTab payer");
        assertThat(Csv.cell("\rCR payer")).isEqualTo("\"'\rCR payer\"");
    }

    @Test
    void a_negative_amount_stays_a_number_and_plain_text_is_untouched() {
        assertThat(Csv.cell(new BigDecimal("-930.00"))).isEqualTo("-930.00");
        assertThat(Csv.cell("Acme Health")).isEqualTo("Acme Health");
        assertThat(Csv.cell("Smith, \"Jr\"")).isEqualTo("\"Smith, \"\"Jr\"\"\"");
    }
}
