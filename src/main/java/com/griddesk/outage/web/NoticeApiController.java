package com.griddesk.outage.web;

import java.time.Instant;

import com.griddesk.org.CurrentStaff;
import com.griddesk.outage.DeliveryReport;
import com.griddesk.outage.NoticeReceipts;
import com.griddesk.outage.NoticeView;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Disconnections")
class NoticeApiController {

    private final NoticeReceipts receipts;

    NoticeApiController(NoticeReceipts receipts) {
        this.receipts = receipts;
    }

    record Delivery(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DeliveryReport.Outcome outcome,
            @Schema(description = "when it reached the customer (DELIVERED)") Instant deliveredAt,
            @Schema(description = "call recording id, registered-mail receipt number, SMS receipt id (DELIVERED)")
            String proofId,
            @Schema(description = "why it did not reach the customer (FAILED)") String failureReason) {
    }

    @GetMapping("/{reference}")
    NoticeView get(@PathVariable String reference, CurrentStaff staff) {
        return receipts.find(reference, staff)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.NOTICE_NOT_FOUND, reference));
    }

    @PostMapping("/{reference}/delivery")
    @Operation(summary = "Enter a notice's delivery proof by hand: delivered (time and proof id) or failed (reason)")
    NoticeView delivery(@PathVariable String reference, @RequestBody Delivery body, CurrentStaff staff) {
        receipts.record(reference, new DeliveryReport(body.outcome(), body.deliveredAt(), body.proofId(),
                body.failureReason(), null), staff);
        return get(reference, staff);
    }
}
