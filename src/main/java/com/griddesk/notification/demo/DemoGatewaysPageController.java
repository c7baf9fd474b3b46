package com.griddesk.notification.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** What the demo world's SMSC and SMTP server received; the tables refresh themselves. */
@Controller
@ConditionalOnProperty(name = "griddesk.notification.demo.enabled", havingValue = "true")
class DemoGatewaysPageController {

    private final DemoSmsc smsc;
    private final DemoMailbox mailbox;

    DemoGatewaysPageController(DemoSmsc smsc, DemoMailbox mailbox) {
        this.smsc = smsc;
        this.mailbox = mailbox;
    }

    @GetMapping("/demo/gateways")
    String gateways(Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("sms", smsc.recent().stream().limit(100).toList());
        model.addAttribute("mails", mailbox.recent(50));
        model.addAttribute("smscAddress", smsc.address().getPort());
        model.addAttribute("smtpPort", mailbox.port());
        model.addAttribute("binds", smsc.binds());
        model.addAttribute("submits", smsc.submits());
        return htmx != null ? "notification/demo-gateways :: received" : "notification/demo-gateways";
    }
}
