package com.griddesk.workorder;

public enum Satisfaction {
    VERY_SATISFIED, SATISFIED, NEUTRAL, DISSATISFIED, VERY_DISSATISFIED;

    public boolean dissatisfied() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
