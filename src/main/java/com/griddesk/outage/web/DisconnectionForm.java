package com.griddesk.outage.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import com.griddesk.outage.Disconnections;

import org.springframework.format.annotation.DateTimeFormat;

/** The request a service-office clerk fills in; turns into the command. */
public class DisconnectionForm {

    private String accountNumber;
    private BigDecimal arrearsAmount;
    private String reason;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime plannedAt;

    Disconnections.Request request() {
        return new Disconnections.Request(accountNumber, arrearsAmount, reason, PageTimes.instant(plannedAt));
    }

    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String accountNumber) { this.accountNumber = accountNumber; }
    public BigDecimal getArrearsAmount() { return arrearsAmount; }
    public void setArrearsAmount(BigDecimal arrearsAmount) { this.arrearsAmount = arrearsAmount; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDateTime getPlannedAt() { return plannedAt; }
    public void setPlannedAt(LocalDateTime plannedAt) { this.plannedAt = plannedAt; }
}
