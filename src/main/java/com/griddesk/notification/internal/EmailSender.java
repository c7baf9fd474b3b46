package com.griddesk.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import com.griddesk.notification.Channel;
import com.griddesk.notification.NotificationSettings;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * E-mail over SMTP: multipart/alternative with a plain-text and an HTML body, UTF-8. The
 * Message-ID is fixed per notification, so a repeat after a lost status update is recognisable.
 * For e-mail, DELIVERED means the SMTP server accepted the message.
 */
@Component
class EmailSender implements ChannelSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationSettings settings;

    EmailSender(ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Optional<String> unavailable() {
        return mail.getIfAvailable() == null ? Optional.of("no SMTP server configured (spring.mail.host)") : Optional.empty();
    }

    static String messageId(NotificationRow row) {
        return "<notification-" + row.id() + "@griddesk>";
    }

    static String html(String subject, String text) {
        String body = HtmlUtils.htmlEscape(text).replace("\n", "<br>\n");
        return """
                <!DOCTYPE html><html><head><meta charset="UTF-8"><title>%s</title></head>
                <body style="font-family: sans-serif; line-height: 1.6">
                <div style="border-top: 4px solid #0d6efd; padding: 16px; max-width: 640px">%s</div>
                </body></html>""".formatted(HtmlUtils.htmlEscape(subject), body);
    }

    @Override
    public SendOutcome send(NotificationRow row, Set<Integer> pendingParts) {
        JavaMailSender sender = mail.getObject();
        try {
            String messageId = messageId(row);
            MimeMessage message = new FixedIdMessage(sender.createMimeMessage(), messageId);
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.mailFrom());
            helper.setTo(row.address());
            helper.setSubject(row.subject());
            helper.setText(row.body(), html(row.subject(), row.body()));
            sender.send(message);
            return new SendOutcome.Delivered(messageId);
        }
        catch (MailAuthenticationException ex) {
            return new SendOutcome.Retry("SMTP authentication failed");
        }
        catch (MailSendException ex) {
            boolean refused = ex.getFailedMessages().values().stream().anyMatch(e -> e instanceof SendFailedException);
            return refused ? new SendOutcome.Refused("SMTP refused the recipient") : new SendOutcome.Retry("SMTP: " + rootMessage(ex));
        }
        catch (MailException | MessagingException ex) {
            return new SendOutcome.Retry("SMTP: " + rootMessage(ex));
        }
    }

    private static String rootMessage(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    /** Keeps our Message-ID instead of the one Jakarta Mail would generate on save. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String id;

        FixedIdMessage(MimeMessage template, String id) {
            super(template.getSession());
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
