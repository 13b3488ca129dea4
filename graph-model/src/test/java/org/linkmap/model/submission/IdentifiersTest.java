package org.linkmap.model.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "+44 7700 900123", "447700900123", "0044 7700 900123", "+44 (0)7700 900123", "07700-900-123"})
    void normalisesUkPhoneNumbersInAnyFormatToE164(String raw) {
        assertThat(Identifiers.phone(raw)).hasValue("+447700900123");
    }

    @Test
    void refusesSomethingThatIsNotAPhoneNumber() {
        assertThat(Identifiers.phone("call me")).isEmpty();
        assertThat(Identifiers.phone("123")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"YX19 ABC", "yx19abc", " yx19-abc "})
    void normalisesRegistrationMarks(String raw) {
        assertThat(Identifiers.vrm(raw)).hasValue("YX19ABC");
    }

    @Test
    void keysOnlineAccountsCaseInsensitivelyWithoutTheAtSign() {
        assertThat(Identifiers.onlineAccount("Snapchat", "@Demo_User")).isEqualTo(Identifiers.onlineAccount("snapchat", "demo_user"));
    }

    @Test
    void normalisesPostcodesToTheTablesForm() {
        assertThat(Postcodes.normalise("fy14zz")).isEqualTo("FY1 4ZZ");
        assertThat(Postcodes.normalise("PR1  2HE")).isEqualTo("PR1 2HE");
        assertThat(Postcodes.normalise("not a postcode")).isNull();
    }
}
