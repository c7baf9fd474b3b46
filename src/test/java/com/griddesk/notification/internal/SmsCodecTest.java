package com.griddesk.notification.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsCodecTest {

    @Test
    void seventy_chinese_characters_fit_one_ucs2_message() {
        String text = "停".repeat(70);
        List<SmsCodec.Part> parts = SmsCodec.split(text, 7);
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).dataCoding()).isEqualTo(SmsCodec.UCS2);
        assertThat(parts.get(0).shortMessage()).hasSize(140);
        assertThat(parts.get(0).concatenated()).isFalse();
    }

    @Test
    void two_hundred_chinese_characters_go_in_three_parts_with_a_concatenation_header() {
        String text = "供电服务抢修通知".repeat(25);
        List<SmsCodec.Part> parts = SmsCodec.split(text, 0x2a);

        assertThat(parts).hasSize(3);
        for (SmsCodec.Part p : parts) {
            byte[] m = p.shortMessage();
            assertThat(m.length).isLessThanOrEqualTo(140);
            assertThat(new byte[] { m[0], m[1], m[2], m[3], m[4], m[5] })
                    .containsExactly(0x05, 0x00, 0x03, 0x2a, 3, p.seq());
        }
        StringBuilder joined = new StringBuilder();
        for (SmsCodec.Part p : parts) {
            SmsCodec.Decoded d = SmsCodec.decode(p.shortMessage(), p.dataCoding(), true);
            assertThat(d.reference()).isEqualTo(0x2a);
            assertThat(d.total()).isEqualTo(3);
            joined.append(d.text());
        }
        assertThat(joined).hasToString(text);
    }

    @Test
    void plain_ascii_uses_the_default_alphabet_with_160_and_153_characters() {
        assertThat(SmsCodec.split("a".repeat(160), 1)).singleElement()
                .satisfies(p -> assertThat(p.dataCoding()).isEqualTo(SmsCodec.DEFAULT_ALPHABET));
        List<SmsCodec.Part> parts = SmsCodec.split("b".repeat(161), 1);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).text()).hasSize(153);
    }

    @Test
    void characters_outside_the_safe_ascii_subset_switch_to_ucs2() {
        assertThat(SmsCodec.split("Pay CNY 20 @ counter", 1).get(0).dataCoding()).isEqualTo(SmsCodec.UCS2);
        assertThat(SmsCodec.split("[Power Service] ok", 1).get(0).dataCoding()).isEqualTo(SmsCodec.UCS2);
    }

    @Test
    void a_surrogate_pair_is_never_cut_between_parts() {
        String text = "电".repeat(66) + "😀" + "电".repeat(10);
        List<SmsCodec.Part> parts = SmsCodec.split(text, 1);
        assertThat(parts.get(0).text()).hasSize(66);
        assertThat(parts.get(1).text()).startsWith("😀");
    }
}
