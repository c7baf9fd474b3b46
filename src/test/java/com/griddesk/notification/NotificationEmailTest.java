package com.griddesk.notification;

import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mail over SMTP to GreenMail: HTML and text alternatives, UTF-8, a Message-ID per notification. */
class NotificationEmailTest extends NotificationTestBase {

    @Test
    void an_email_arrives_with_text_and_html_in_utf8() throws Exception {
        String to = "wang." + System.nanoTime() + "@example.cn";
        long id = send(key("mail"), NotificationEvent.ARREARS_NOTICE, Channel.EMAIL, to,
                Map.of("accountNumber", "3301234567890", "amount", "286.40", "disconnectAt", "2026-12-08 09:00", "payBy", "2026-12-07"));

        DeliveryState state = awaitStatus(id, DeliveryStatus.DELIVERED);

        MimeMessage mail = Arrays.stream(mailbox.greenMail().getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(safe(m)).contains(to)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("欠费停电通知（户号3301234567890）");
        assertThat(mail.getMessageID()).isEqualTo("<notification-" + id + "@griddesk>");
        assertThat(state.gatewayMessageIds()).containsExactly(mail.getMessageID());
        MimeMultipart alternative = findAlternative((MimeMultipart) mail.getContent());
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) alternative.getBodyPart(0).getContent()).contains("欠电费286.40元");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("<br>").contains("逾期将于2026-12-08 09:00起依法停止供电");
    }

    @Test
    void a_customer_with_an_email_in_the_preferences_hears_about_the_order_by_sms_and_email() {
        String account = demo.customerOf("BJ-CQ-S1", 21);
        String email = "li." + System.nanoTime() + "@example.cn";
        assertThat(api.request("agent", "PUT", "/api/v1/customers/" + account + "/notification-preferences",
                Map.of("email", email)).status()).isEqualTo(200);
        String phone = newMobile();
        String number = createFaultOrderFor(account, phone);

        var list = api.get("supervisor", "/api/v1/work-orders/" + number + "/notifications");
        assertThat(list.status()).isEqualTo(200);
        java.util.List<String> channels = new java.util.ArrayList<>();
        long mailId = 0;
        for (var n : list.body()) {
            channels.add(n.get("channel").asString());
            if (n.get("channel").asString().equals("EMAIL")) {
                mailId = n.get("id").asLong();
            }
        }
        assertThat(channels).contains("SMS", "EMAIL");
        awaitStatus(mailId, DeliveryStatus.DELIVERED);
        assertThat(Arrays.stream(mailbox.greenMail().getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(safe(m)).contains(email))).hasSize(1);
    }

    private String createFaultOrderFor(String account, String phone) {
        Map<String, Object> body = new java.util.HashMap<>(com.griddesk.support.DemoData.faultCall(account, phone));
        body.put("insist", true);
        return api.post("agent", "/api/v1/work-orders", body).text("number");
    }

    private static jakarta.mail.Address[] safe(MimeMessage m) {
        try {
            return m.getAllRecipients();
        }
        catch (jakarta.mail.MessagingException ex) {
            return new jakarta.mail.Address[0];
        }
    }

    private static MimeMultipart findAlternative(MimeMultipart part) throws Exception {
        if (part.getContentType().startsWith("multipart/alternative")) {
            return part;
        }
        for (int i = 0; i < part.getCount(); i++) {
            if (part.getBodyPart(i).getContent() instanceof MimeMultipart inner) {
                return findAlternative(inner);
            }
        }
        throw new AssertionError("no multipart/alternative in " + part.getContentType());
    }
}
