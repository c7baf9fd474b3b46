package com.griddesk.intake.web;

import java.util.UUID;

import com.griddesk.intake.IntakeRequest;
import com.griddesk.workorder.Channel;

/**
 * What the agent types in the console. It binds and keeps the input; {@link #toRequest()} turns it
 * into the intake command. The idempotency key makes a double click one order.
 */
public class IntakeForm {

    private String channel = Channel.PHONE.name();
    private String type;
    private String category;
    private String accountNumber;
    private String contactName;
    private String contactPhone;
    private String address;
    private String description;
    private boolean insist;
    private String firstContactAnswer;
    private String idempotencyKey = UUID.randomUUID().toString();

    IntakeRequest toRequest() {
        Channel parsed;
        try {
            parsed = channel == null || channel.isBlank() ? null : Channel.valueOf(channel);
        }
        catch (IllegalArgumentException ex) {
            parsed = null;
        }
        return new IntakeRequest(parsed, type, category, accountNumber, contactName, contactPhone, address,
                description, insist, firstContactAnswer == null || firstContactAnswer.isBlank() ? null : firstContactAnswer);
    }

    void renewKey() {
        idempotencyKey = UUID.randomUUID().toString();
    }

    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String accountNumber) { this.accountNumber = accountNumber; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isInsist() { return insist; }
    public void setInsist(boolean insist) { this.insist = insist; }
    public String getFirstContactAnswer() { return firstContactAnswer; }
    public void setFirstContactAnswer(String firstContactAnswer) { this.firstContactAnswer = firstContactAnswer; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
}
