package com.griddesk.intake.web;

import com.griddesk.intake.IntakeRequest;
import com.griddesk.workorder.Channel;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON body of {@code POST /api/v1/work-orders}. Validation happens in intake, field by field. */
record CreateWorkOrderRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Channel channel,
        @Schema(description = "top-level code of taxonomy.csv, e.g. FAULT_REPAIR; guessed from the text when absent")
        String type,
        @Schema(description = "category code of taxonomy.csv, e.g. FAULT_REPAIR.LOW_VOLTAGE") String category,
        @Schema(description = "户号") String accountNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String contactName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String contactPhone,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String address,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String description,
        @Schema(description = "create a new order even if the caller has an open one of the same type") Boolean insist,
        @Schema(description = "answer given on the call: closes a consultation at once") String firstContactAnswer) {

    IntakeRequest toRequest() {
        return new IntakeRequest(channel, type, category, accountNumber, contactName, contactPhone, address,
                description, Boolean.TRUE.equals(insist), firstContactAnswer == null || firstContactAnswer.isBlank()
                        ? null : firstContactAnswer);
    }
}
