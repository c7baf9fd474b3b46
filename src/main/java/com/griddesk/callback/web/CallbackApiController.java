package com.griddesk.callback.web;

import java.time.LocalDate;
import java.util.List;

import com.griddesk.callback.CallbackResult;
import com.griddesk.callback.CallbackStats;
import com.griddesk.callback.CallbackTask;
import com.griddesk.callback.Callbacks;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/callbacks")
@Tag(name = "Callback")
class CallbackApiController {

    private final CallbackQueue queue;
    private final Callbacks callbacks;
    private final CallbackStats stats;

    CallbackApiController(CallbackQueue queue, Callbacks callbacks, CallbackStats stats) {
        this.queue = queue;
        this.callbacks = callbacks;
        this.stats = stats;
    }

    @GetMapping
    @Operation(summary = "The callback queue of the caller's units, nearest CALLBACK deadline first")
    List<CallbackQueue.Row> queue(CurrentStaff staff) {
        return queue.of(staff);
    }

    @GetMapping("/{number}")
    @Operation(summary = "The order's latest callback with its attempts and survey")
    CallbackTask get(@PathVariable String number, CurrentStaff staff) {
        return callbacks.of(number, staff).orElseThrow(() -> DomainException.notFound(ProblemCode.NOT_FOUND, number + "/callback"));
    }

    @PostMapping("/{number}/attempts")
    @Operation(summary = "Record a call: not reached (retried, then the SMS survey), or reached with solved, satisfaction "
            + "and the customer's words; dissatisfied or unsolved sends the order back for rework")
    CallbackTask record(@PathVariable String number, @RequestBody(required = false) CallbackResult body, CurrentStaff staff) {
        return callbacks.record(number, body, staff);
    }

    @PostMapping("/{number}/survey")
    @Operation(summary = "Send the SMS survey link now instead of calling again")
    CallbackTask survey(@PathVariable String number, CurrentStaff staff) {
        return callbacks.sendSurvey(number, staff);
    }

    @GetMapping("/reworks")
    @Operation(summary = "Orders sent back for rework per unit, in the caller's units (dates inclusive)")
    List<CallbackStats.UnitReworks> reworks(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, CurrentStaff staff) {
        return stats.reworksByUnit(from, to, staff);
    }

    @GetMapping("/satisfaction")
    @Operation(summary = "Callback satisfaction of company-caused failures with and without service recovery, and the rest")
    List<CallbackStats.SatisfactionGroup> satisfaction(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, CurrentStaff staff) {
        return stats.satisfaction(from, to, staff);
    }
}
