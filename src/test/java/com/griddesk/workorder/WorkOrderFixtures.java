package com.griddesk.workorder;

import java.time.Instant;

import com.griddesk.shared.Actor;

/** Work orders brought into each status by real transitions. */
final class WorkOrderFixtures {

    static final Actor AGENT = new Actor(1, "话务员");
    static final Actor HANDLER = new Actor(3, "处理人");
    static final Instant T0 = Instant.parse("2026-07-15T02:00:00Z");
    static final Assignment STATION = new Assignment(11, "/1/2/10/11/", null);
    static final Assignment TEAM = new Assignment(12, "/1/2/10/11/12/", null);

    private static int counter;

    private WorkOrderFixtures() {
    }

    static WorkOrder newOrder(String type) {
        counter++;
        return WorkOrder.open(new NewWorkOrder("GD20260715" + String.format("%07d", counter), Channel.PHONE, type,
                null, 7L, "3111000001", "张三", "13812345678", "江滨街道江滨路1号", "整栋楼没电了", 11L, STATION,
                null), AGENT, T0);
    }

    static WorkOrder inStatus(WorkOrderStatus status) {
        WorkOrder order = newOrder("FAULT_REPAIR");
        Instant t = T0.plusSeconds(60);
        switch (status) {
            case NEW -> {
            }
            case DISPATCHED -> order.dispatch(TEAM, AGENT, t);
            case ACCEPTED -> {
                order.dispatch(TEAM, AGENT, t);
                order.accept(HANDLER, t);
            }
            case IN_PROGRESS -> {
                order.dispatch(TEAM, AGENT, t);
                order.accept(HANDLER, t);
                order.start(HANDLER, t);
            }
            case RESOLVED -> {
                order.dispatch(TEAM, AGENT, t);
                order.accept(HANDLER, t);
                order.resolve("更换熔断器，已复电", "EQUIPMENT_AGEING", Responsibility.COMPANY, HANDLER, t);
            }
            case CLOSED -> {
                order.dispatch(TEAM, AGENT, t);
                order.accept(HANDLER, t);
                order.resolve("更换熔断器，已复电", "EQUIPMENT_AGEING", Responsibility.COMPANY, HANDLER, t);
                order.close(Satisfaction.SATISFIED, "客户满意", AGENT, t);
            }
            case RETURNED -> {
                order.dispatch(TEAM, AGENT, t);
                order.returnToDispatcher("非本班组业务", STATION, HANDLER, t);
            }
            case CANCELLED -> order.cancel("客户撤诉", AGENT, t);
            case MERGED -> order.mergeInto(newOrder("FAULT_REPAIR"), AGENT, t);
        }
        if (order.status() != status) {
            throw new IllegalStateException("fixture did not reach " + status);
        }
        return order;
    }
}
