package com.griddesk.outage.internal;

import com.griddesk.outage.Notice;
import com.griddesk.outage.NoticeDelivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * Delivery by people, while no notification module is connected: the notice stays REQUESTED in
 * the list of the station, whose staff call, text or post it and enter the proof with its time.
 */
@Component
@Fallback
class ManualNoticeDelivery implements NoticeDelivery {

    private static final Logger log = LoggerFactory.getLogger(ManualNoticeDelivery.class);

    @Override
    public void send(Notice notice) {
        log.debug("Notice {} ({} by {}) waits for staff to deliver it and enter the proof", notice.reference(),
                notice.purpose(), notice.channel());
    }

    @Override
    public boolean reportsDelivery() {
        return false;
    }
}
