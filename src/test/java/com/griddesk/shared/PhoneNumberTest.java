package com.griddesk.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @Test
    void mobiles_are_masked_in_the_middle() {
        assertThat(new PhoneNumber("13812345678").masked()).isEqualTo("138****5678");
        assertThat(new PhoneNumber("+86 138 1234 5678").value()).isEqualTo("13812345678");
    }

    @Test
    void landlines_keep_area_code_and_last_digits() {
        assertThat(new PhoneNumber("0757-22881234").masked()).isEqualTo("075****1234");
        assertThat(PhoneNumber.isValid("020-12345678")).isTrue();
    }

    @Test
    void nonsense_is_refused() {
        assertThat(PhoneNumber.isValid("12")).isFalse();
        assertThat(PhoneNumber.isValid("10012345678")).isFalse();
        assertThat(PhoneNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> new PhoneNumber("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_string_form_never_shows_the_number() {
        assertThat(new PhoneNumber("13812345678").toString()).doesNotContain("1234");
    }
}
