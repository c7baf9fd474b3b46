package com.griddesk.notification.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import com.griddesk.notification.NotificationSettings;

import jakarta.annotation.PreDestroy;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.AbsoluteTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The SMPP 3.4 transceiver session to the SMSC: binds on demand (and again after a loss), submits
 * parts with a request for a delivery receipt, and hands the receipts that come back to
 * {@link Receipts}. The SMSC gets a deliver_sm_resp only after the receipt is stored.
 */
@Component
public class SmppGateway {

    private static final Logger log = LoggerFactory.getLogger(SmppGateway.class);
    /** Threads that take deliver_sm; each waits while its receipt is stored, so there are many. */
    private static final int RECEIPT_PROCESSORS = 128;

    private final NotificationSettings.Smpp settings;
    private final SmscEndpoint endpoint;
    private final ReceiptWriter receipts;
    private SMPPSession session;

    SmppGateway(NotificationSettings settings, SmscEndpoint endpoint, ReceiptWriter receipts) {
        this.settings = settings.smpp();
        this.endpoint = endpoint;
        this.receipts = receipts;
    }

    /** A bound session, binding first if there is none; throws when the SMSC is unreachable or refuses. */
    synchronized SMPPSession session() throws IOException {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        if (session != null) {
            session.close();
        }
        InetSocketAddress address = endpoint.address();
        SMPPSession fresh = new SMPPSession();
        fresh.setPduProcessorDegree(RECEIPT_PROCESSORS);
        fresh.setQueueCapacity(RECEIPT_PROCESSORS * 8);
        fresh.setTransactionTimer(settings.responseTimeout().toMillis());
        fresh.setEnquireLinkTimer((int) settings.enquireLink().toMillis());
        fresh.setMessageReceiverListener(new ReceiptListener());
        try {
            fresh.connectAndBind(address.getHostString(), address.getPort(),
                    new BindParameter(BindType.BIND_TRX, settings.systemId(), settings.password(), settings.systemType(),
                            TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                    settings.responseTimeout().toMillis());
        }
        catch (IOException ex) {
            fresh.close();
            throw ex;
        }
        log.info("Bound to the SMSC at {} as {}", address, settings.systemId());
        session = fresh;
        return session;
    }

    public synchronized boolean bound() {
        return session != null && session.getSessionState().isBound();
    }

    /** Submits one part; returns the SMSC's message id. */
    String submit(String destination, SmsCodec.Part part, Instant validUntil) throws Exception {
        ESMClass esm = part.concatenated() ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI)
                : new ESMClass();
        GeneralDataCoding coding = part.dataCoding() == SmsCodec.UCS2 ? new GeneralDataCoding(Alphabet.ALPHA_UCS2)
                : new GeneralDataCoding(Alphabet.ALPHA_DEFAULT);
        String validity = validUntil == null ? null : new AbsoluteTimeFormatter().format(Date.from(validUntil));
        return session().submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                settings.sourceAddress(), TypeOfNumber.NATIONAL, NumberingPlanIndicator.ISDN, destination, esm,
                (byte) 0, (byte) 1, null, validity, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                (byte) 0, coding, (byte) 0, part.shortMessage()).getMessageId();
    }

    @PreDestroy
    synchronized void close() {
        if (session != null) {
            session.unbindAndClose();
            session = null;
        }
    }

    private final class ReceiptListener implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (!deliverSm.isSmscDeliveryReceipt()) {
                return;
            }
            try {
                DeliveryReceipt receipt = new DeliveryReceipt(new String(deliverSm.getShortMessage(), StandardCharsets.UTF_8));
                String messageId = deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID)
                        instanceof OptionalParameter.COctetString id ? id.getValueAsString() : receipt.getId();
                receipts.store(new Receipts.Receipt(messageId, deliverSm.getSourceAddr(), receipt.getFinalStatus().name(),
                        receipt.getError(), receipt.getText()));
            }
            catch (Exception ex) {
                log.warn("Could not store a delivery receipt; the SMSC will send it again", ex);
                throw new ProcessRequestException("receipt not stored", 0x08);
            }
        }

        @Override
        public void onAcceptAlertNotification(org.jsmpp.bean.AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(org.jsmpp.bean.DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm not supported", 0x03);
        }
    }
}
