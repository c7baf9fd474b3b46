package com.griddesk.notification.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The demo world's SMTP server (GreenMail on 127.0.0.1), and what it received. */
public class DemoMailbox implements AutoCloseable {

    /** A received e-mail as the demo page shows it. */
    public record ReceivedMail(String to, String subject, String messageId, String text, Instant at) {
    }

    private final GreenMail greenMail;

    public DemoMailbox(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    /** The latest messages, newest first. */
    public List<ReceivedMail> recent(int limit) {
        List<MimeMessage> all = new ArrayList<>(Arrays.asList(greenMail.getReceivedMessages()));
        List<ReceivedMail> mails = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && mails.size() < limit; i--) {
            mails.add(view(all.get(i)));
        }
        mails.sort(Comparator.comparing(ReceivedMail::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return mails;
    }

    private static ReceivedMail view(MimeMessage m) {
        try {
            Address[] to = m.getAllRecipients();
            return new ReceivedMail(to == null || to.length == 0 ? "" : to[0].toString(), m.getSubject(), m.getMessageID(),
                    GreenMailUtil.getBody(m).length() > 400 ? GreenMailUtil.getBody(m).substring(0, 400) : GreenMailUtil.getBody(m),
                    m.getReceivedDate() != null ? m.getReceivedDate().toInstant() : m.getSentDate() == null ? null : m.getSentDate().toInstant());
        }
        catch (MessagingException ex) {
            return new ReceivedMail("?", "?", null, "unreadable: " + ex.getMessage(), null);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
