package org.linkmap.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChildRedactorTest {

    private static final String DANA = "Child DANA0-00001";
    private static final String ELLA = "Child ELLA0-00002";

    private final ChildRedactor redactor = ChildRedactor.of(List.of(
            new ChildRedactor.Child("c1", DANA, "Dana Fictional", List.of("Dee", "Dana F"), LocalDate.of(2011, 2, 3), List.of("LCS-990101")),
            new ChildRedactor.Child("c2", ELLA, "Ella Fictional", List.of(), LocalDate.of(2012, 7, 9), List.of("990202"))));

    private void check(String text, String expected) {
        assertThat(redactor.redact(text)).isEqualTo(expected);
    }

    @Test
    void replacesFullNamesAndAliasesInAnyCase() {
        check("Dana Fictional was seen", DANA + " was seen");
        check("DANA FICTIONAL and dee", DANA + " and " + DANA);
        check("known as Dana F on the estate", "known as " + DANA + " on the estate");
    }

    @Test
    void replacesPartsOfANameInAnyCaseAndOrderButNotTheServicesCodes() {
        check("Dana's phone", DANA + "'s phone");
        check("Ella said", ELLA + " said");
        check("Fictional family", ChildRedactor.SHARED + " family");
        check("AMBER", "AMBER");
        check("FICTIONAL dana and fictional Dana", ChildRedactor.SHARED + " " + DANA + " and " + ChildRedactor.SHARED + " " + DANA);
    }

    @Test
    void replacesIdentifiersWhateverTheSeparator() {
        check("ref LCS-990101 and LCS 990101", "ref " + ChildRedactor.IDENTIFIER + " and " + ChildRedactor.IDENTIFIER);
        check("UPN 990202.", "UPN " + ChildRedactor.IDENTIFIER + ".");
        check("LCS990101 and case 990101", ChildRedactor.IDENTIFIER + " and case " + ChildRedactor.IDENTIFIER);
    }

    @Test
    void replacesAChildsDateOfBirthWrittenInFreeText() {
        check("DOB 03/02/2011, seen 04/02/2011", "DOB " + ChildRedactor.DATE_OF_BIRTH + ", seen 04/02/2011");
        check("born 3 February 2011 in Preston", "born " + ChildRedactor.DATE_OF_BIRTH + " in Preston");
        check("born 2012-07-09 in Preston", "born " + ChildRedactor.DATE_OF_BIRTH + " in Preston");
        check("dob 9.7.12 noted", "dob " + ChildRedactor.DATE_OF_BIRTH + " noted");
        check("DOB:03/02/2011;x", "DOB:" + ChildRedactor.DATE_OF_BIRTH + ";x");
        check("REF-2011-02-03", "REF-" + ChildRedactor.DATE_OF_BIRTH);
    }

    @Test
    void tellsWhichTextCannotNameAnyoneWithoutKnowingTheChildren() {
        assertThat(ChildRedactor.cannotIdentify(null)).isTrue();
        assertThat(ChildRedactor.cannotIdentify("9f1c2d3e-0000-4000-8000-990101990101")).isTrue();
        assertThat(ChildRedactor.cannotIdentify("2011-02-03")).isTrue();
        assertThat(ChildRedactor.cannotIdentify("Dana's phone")).isFalse();
        assertThat(ChildRedactor.cannotIdentify("/api/submissions")).isFalse();
    }

    @Test
    void leavesIdsHashesPseudonymsAndPureDatesAlone() {
        check("9f1c2d3e-0000-4000-8000-990101990101", "9f1c2d3e-0000-4000-8000-990101990101");
        check("2011-02-03", "2011-02-03");
        check(DANA, DANA);
        check(null, null);
        check("nothing here", "nothing here");
    }

    @Test
    void findsANameWrittenInOtherFormsOfTheSameLetters() {
        check("\uFF24\uFF41\uFF4E\uFF41 was seen", DANA + " was seen");
        check("Da\u200Bna Fic\u00ADtional left", DANA + " left");
        check("D\u00E1na and \uD835\uDC04\uD835\uDC25\uD835\uDC25\uD835\uDC1A", DANA + " and " + ELLA);
        check("handle DanaFictional99 and danafictional", "handle DanaFictional99 and " + DANA);
        check("see DanaFictional.", "see " + DANA + ".");
        check("ref \uFF2C\uFF23\uFF33-\uFF19\uFF19\uFF10\uFF11\uFF10\uFF11", "ref " + ChildRedactor.IDENTIFIER);
        check("DOB \uFF10\uFF13/\uFF10\uFF12/\uFF12\uFF10\uFF11\uFF11", "DOB " + ChildRedactor.DATE_OF_BIRTH);
        check("D\u0430n\u0430 and \u0395ll\u03B1", DANA + " and " + ELLA);
        check("Dana\u200Bwent home", DANA + " went home");
        check("seen\u00ADDana, later", "seen " + DANA + ", later");
        check("a\u200Bb and no\u200Bname", "a\u200Bb and no\u200Bname");
        check("DOB \uFF10\uFF13\uFF0F\uFF10\uFF12\uFF0F\uFF12\uFF10\uFF11\uFF11 or \uFF12\uFF10\uFF11\uFF11\uFF0D\uFF10\uFF12\uFF0D\uFF10\uFF13",
                "DOB " + ChildRedactor.DATE_OF_BIRTH + " or " + ChildRedactor.DATE_OF_BIRTH);
        check("born 3 \uFF26\uFF45\uFF42 2011 here", "born " + ChildRedactor.DATE_OF_BIRTH + " here");
    }
}
