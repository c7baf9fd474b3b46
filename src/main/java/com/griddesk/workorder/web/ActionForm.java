package com.griddesk.workorder.web;

import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.Satisfaction;
import com.griddesk.workorder.SubTaskStatus;

/** The fields of the action forms on the order page; each action reads the ones it needs. */
public class ActionForm {

    private Integer version;
    private String unitCode;
    private Long assigneeId;
    private String reason;
    private String result;
    private String rootCause;
    private String responsibility;
    private String satisfaction;
    private String note;
    private String masterNumber;
    private Long coordinatorId;
    private String description;
    private Integer subTask;
    private String outcome;
    private String location;
    private String otherNumber;

    ActionRequest toRequest() {
        return new ActionRequest(blank(unitCode), assigneeId, reason, result, rootCause,
                parse(Responsibility.class, responsibility), parse(Satisfaction.class, satisfaction), note,
                blank(masterNumber), coordinatorId, description, subTask, parse(SubTaskStatus.class, outcome), location,
                blank(otherNumber));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public String getRootCause() { return rootCause; }
    public void setRootCause(String rootCause) { this.rootCause = rootCause; }
    public String getResponsibility() { return responsibility; }
    public void setResponsibility(String responsibility) { this.responsibility = responsibility; }
    public String getSatisfaction() { return satisfaction; }
    public void setSatisfaction(String satisfaction) { this.satisfaction = satisfaction; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getMasterNumber() { return masterNumber; }
    public void setMasterNumber(String masterNumber) { this.masterNumber = masterNumber; }
    public Long getCoordinatorId() { return coordinatorId; }
    public void setCoordinatorId(Long coordinatorId) { this.coordinatorId = coordinatorId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Integer getSubTask() { return subTask; }
    public void setSubTask(Integer subTask) { this.subTask = subTask; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getOtherNumber() { return otherNumber; }
    public void setOtherNumber(String otherNumber) { this.otherNumber = otherNumber; }
}
