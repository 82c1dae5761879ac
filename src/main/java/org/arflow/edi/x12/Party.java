package org.arflow.edi.x12;

/**
 * A payer, payee or provider: its name and its identifier with the qualifier that says what
 * kind of identifier it is (XX = NPI, PI = payer id, FI = tax id, 2U = payer id from REF*2U,
 * 46 = electronic transmitter id). For a person (NM102 = 1) the name is "LAST, FIRST".
 */
public record Party(String name, String idQualifier, String id) {

    static Party fromNm1(Segment nm1) {
        String name = nm1.text(3);
        if (nm1.is(2, "1") && nm1.text(4) != null) {
            name = name == null ? nm1.text(4) : name + ", " + nm1.text(4);
        }
        return new Party(name, nm1.text(8), nm1.text(9));
    }

    static Party fromN1(Segment n1) {
        return new Party(n1.text(2), n1.text(3), n1.text(4));
    }

    Party withId(String qualifier, String value) {
        return new Party(name, qualifier, value);
    }
}
