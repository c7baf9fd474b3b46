package com.griddesk.notification.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.griddesk.notification.Channel;

import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.springframework.stereotype.Component;

/** SMS: the parts of the text still to go, one submit_sm each, over the bound SMPP session. */
@Component
class SmsSender implements ChannelSender {

    /** SMPP command statuses after which the same message may be tried again later. */
    private static final Set<Integer> TRANSIENT = Set.of(0x08, 0x14, 0x58, 0x45);

    private final SmppGateway gateway;

    SmsSender(SmppGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Optional<String> unavailable() {
        try {
            gateway.session();
            return Optional.empty();
        }
        catch (IOException ex) {
            return Optional.of("SMSC bind failed: " + ex.getMessage());
        }
    }

    /** The parts of a notification's text; the concatenation reference is derived from its id. */
    static List<SmsCodec.Part> parts(NotificationRow row) {
        return SmsCodec.split(row.body(), (int) (row.id() & 0xff));
    }

    @Override
    public SendOutcome send(NotificationRow row, Set<Integer> pendingParts) {
        Map<Integer, String> ids = new LinkedHashMap<>();
        for (SmsCodec.Part part : parts(row)) {
            if (!pendingParts.contains(part.seq())) {
                continue;
            }
            SendOutcome failure = null;
            try {
                ids.put(part.seq(), gateway.submit(row.address(), part, row.expiresAt()));
            }
            catch (NegativeResponseException ex) {
                String reason = "SMSC refused part %d: 0x%08x".formatted(part.seq(), ex.getCommandStatus());
                failure = TRANSIENT.contains(ex.getCommandStatus()) ? new SendOutcome.Retry(reason) : new SendOutcome.Refused(reason);
            }
            catch (ResponseTimeoutException ex) {
                failure = new SendOutcome.Unknown("no submit_sm_resp for part " + part.seq());
            }
            catch (IOException ex) {
                failure = new SendOutcome.Unknown("connection lost while submitting part " + part.seq());
            }
            catch (Exception ex) {
                failure = new SendOutcome.Refused("could not submit part " + part.seq() + ": " + ex.getClass().getSimpleName());
            }
            if (failure != null) {
                return ids.isEmpty() ? failure : new SendOutcome.Submitted(ids, failure);
            }
        }
        return new SendOutcome.Submitted(ids, null);
    }
}
