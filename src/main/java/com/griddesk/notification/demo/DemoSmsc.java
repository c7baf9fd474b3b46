package com.griddesk.notification.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.griddesk.notification.internal.SmsCodec;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.DeliveryReceiptState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo world's SMSC, on jSMPP's server side: accepts binds (or refuses the next few, to show
 * the relay riding it out), takes submit_sm, puts concatenated parts back together, and answers
 * each part with a delivery receipt after its submit_sm_resp.
 */
public class DemoSmsc implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoSmsc.class);

    private final ServerSocket socket;
    private final SMPPServerSessionListener listener;
    private final ExecutorService sessions = Executors.newCachedThreadPool(daemon("demo-smsc"));
    private final ExecutorService receiptSender = Executors.newFixedThreadPool(128, daemon("demo-smsc-receipts"));
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger refuseBinds = new AtomicInteger();
    private final AtomicInteger binds = new AtomicInteger();
    private final AtomicLong nextId = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);
    private final AtomicBoolean receipts = new AtomicBoolean(true);
    private final Map<String, List<ReceivedSms>> byPhone = new ConcurrentHashMap<>();
    private final Deque<ReceivedSms> recent = new ConcurrentLinkedDeque<>();
    private final Map<String, Parts> assembling = new ConcurrentHashMap<>();
    private final AtomicLong submits = new AtomicLong();
    private final int keep;

    private static final class Parts {
        final String[] texts;
        final String[] ids;

        Parts(int total) {
            texts = new String[total];
            ids = new String[total];
        }

        synchronized boolean put(int seq, String id, String text) {
            texts[seq - 1] = text;
            ids[seq - 1] = id;
            for (String t : texts) {
                if (t == null) {
                    return false;
                }
            }
            return true;
        }
    }

    public DemoSmsc(int port, int keep) throws IOException {
        this.keep = keep;
        this.socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.listener = new SMPPServerSessionListener(socket.getLocalPort(), 60_000, new BoundSocket(socket));
        listener.setPduProcessorDegree(4);
        listener.setMessageReceiverListener(new Receiver(this));
        listener.setResponseDeliveryListener(new org.jsmpp.session.ServerResponseDeliveryAdapter() {
            @Override
            public void onSubmitSmRespSent(org.jsmpp.session.SubmitSmResult result, SMPPServerSession source) {
                sendReceipt(result.getMessageId(), source);
            }
        });
        sessions.submit(this::acceptLoop);
        log.info("Demo SMSC listening on 127.0.0.1:{}", socket.getLocalPort());
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    /** The next {@code n} binds are refused with ESME_RBINDFAIL. */
    public void refuseNextBinds(int n) {
        refuseBinds.set(n);
    }

    /** Drops every bound session, as an SMSC restart would. */
    public void dropSessions() {
        activeSessions.forEach(SMPPServerSession::unbindAndClose);
        activeSessions.clear();
    }

    public void sendReceipts(boolean on) {
        receipts.set(on);
    }

    public int binds() {
        return binds.get();
    }

    public long submits() {
        return submits.get();
    }

    /** Everything received for the phone, oldest first. */
    public List<ReceivedSms> receivedBy(String phone) {
        return List.copyOf(byPhone.getOrDefault(phone, List.of()));
    }

    /** The latest messages, newest first. */
    public List<ReceivedSms> recent() {
        return new ArrayList<>(recent);
    }

    private final List<SMPPServerSession> activeSessions = new java.util.concurrent.CopyOnWriteArrayList<>();

    private void acceptLoop() {
        while (running.get()) {
            try {
                SMPPServerSession session = listener.accept();
                sessions.submit(() -> bind(session));
            }
            catch (IOException ex) {
                if (running.get()) {
                    log.debug("Demo SMSC accept failed", ex);
                }
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(10_000);
            if (refuseBinds.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                // the client hangs up on the refusal; closing here could drop the response unsent
                request.reject(SMPPConstant.STAT_ESME_RBINDFAIL);
                return;
            }
            request.accept("demo-smsc");
            binds.incrementAndGet();
            activeSessions.add(session);
        }
        catch (Exception ex) {
            log.debug("Demo SMSC bind failed", ex);
            session.close();
        }
    }

    String take(SubmitSm submit) {
        submits.incrementAndGet();
        String id = Long.toHexString(nextId.incrementAndGet());
        boolean udhi = GSMSpecificFeature.UDHI.containedIn(submit.getEsmClass());
        SmsCodec.Decoded part = SmsCodec.decode(submit.getShortMessage(), submit.getDataCoding(), udhi);
        boolean ucs2 = (submit.getDataCoding() & 0x0f) == SmsCodec.UCS2;
        pendingReceipts.put(id, new Pending(submit.getDestAddress(), submit.getSourceAddr(), SmsCodec.receiptText(part.text())));
        if (part.total() <= 1) {
            received(new ReceivedSms(submit.getSourceAddr(), submit.getDestAddress(), part.text(), List.of(id), ucs2, Instant.now()));
            return id;
        }
        String key = submit.getDestAddress() + "|" + part.reference() + "|" + part.total();
        Parts parts = assembling.computeIfAbsent(key, k -> new Parts(part.total()));
        if (parts.put(part.seq(), id, part.text())) {
            assembling.remove(key);
            received(new ReceivedSms(submit.getSourceAddr(), submit.getDestAddress(), String.join("", parts.texts),
                    List.of(parts.ids), ucs2, Instant.now()));
        }
        return id;
    }

    private void received(ReceivedSms sms) {
        byPhone.computeIfAbsent(sms.to(), k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(sms);
        recent.addFirst(sms);
        while (recent.size() > keep) {
            recent.pollLast();
        }
    }

    private record Pending(String destination, String source, String text) {
    }

    private final Map<String, Pending> pendingReceipts = new ConcurrentHashMap<>();

    private void sendReceipt(String messageId, SMPPServerSession session) {
        Pending p = pendingReceipts.remove(messageId);
        if (p == null || !receipts.get()) {
            return;
        }
        receiptSender.submit(() -> {
            Date now = new Date();
            DeliveryReceipt receipt = new DeliveryReceipt(messageId, 1, 1, now, now, DeliveryReceiptState.DELIVRD, "000", p.text());
            try {
                session.deliverShortMessage("", TypeOfNumber.NATIONAL, NumberingPlanIndicator.ISDN, p.destination(),
                        TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, p.source(),
                        new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                        (byte) 0, (byte) 0, new RegisteredDelivery(0), new GeneralDataCoding(),
                        receipt.toString().getBytes(StandardCharsets.UTF_8),
                        new OptionalParameter.Receipted_message_id(messageId),
                        new OptionalParameter.Message_state(OptionalParameter.Message_state.Message_state_enum.DELIVERED.byteValue()));
            }
            catch (Exception ex) {
                log.debug("Demo SMSC could not deliver a receipt for {}", messageId, ex);
            }
        });
    }

    @Override
    public void close() {
        running.set(false);
        dropSessions();
        try {
            listener.close();
        }
        catch (IOException ex) {
            log.debug("closing the demo SMSC", ex);
        }
        sessions.shutdownNow();
        receiptSender.shutdownNow();
    }

    /** Hands jSMPP the socket we bound ourselves, so that port 0 gives a free port we can tell the client. */
    private record BoundSocket(ServerSocket socket) implements org.jsmpp.session.connection.ServerConnectionFactory {

        @Override
        public org.jsmpp.session.connection.ServerConnection listen(int port) {
            return new ServerSocketConnection(socket);
        }

        @Override
        public org.jsmpp.session.connection.ServerConnection listen(int port, int timeout) throws IOException {
            socket.setSoTimeout(timeout);
            return new ServerSocketConnection(socket);
        }

        @Override
        public org.jsmpp.session.connection.ServerConnection listen(int port, int timeout, int backlog) throws IOException {
            return listen(port, timeout);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
