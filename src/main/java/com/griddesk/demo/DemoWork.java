package com.griddesk.demo;

import java.time.Duration;
import java.util.Random;

import com.griddesk.org.OrgUnit;

import static com.griddesk.demo.DemoOutcomes.hours;
import static com.griddesk.demo.DemoOutcomes.minutes;

/** How long each step of a kind of order takes in the demo world, and what counts as on time. */
record DemoWork(String type, String category, boolean storm) {

    boolean field() {
        return type.equals("FAULT_REPAIR") || "SERVICE_REQUEST.RECONNECTION".equals(category);
    }

    boolean arrives() {
        return (type.equals("FAULT_REPAIR") && !"FAULT_REPAIR.NON_POWER".equals(category))
                || "SERVICE_REQUEST.RECONNECTION".equals(category) || "SERVICE_REQUEST.APPLIANCE_DAMAGE".equals(category);
    }

    boolean contacts() {
        return switch (type) {
            case "COMPLAINT", "REPORT", "BUSINESS_APPLICATION", "CONSULTATION" -> true;
            case "SERVICE_REQUEST" -> !"SERVICE_REQUEST.RECONNECTION".equals(category);
            default -> false;
        };
    }

    Duration dispatchDelay(Random r) {
        return switch (type) {
            case "FAULT_REPAIR" -> r.nextInt(100) < 6 ? minutes(r, 5, 25) : minutes(r, 1, 4);
            case "COMPLAINT", "REPORT" -> minutes(r, 10, 60);
            default -> minutes(r, 10, 240);
        };
    }

    Duration acceptDelay(Random r) {
        return switch (type) {
            case "FAULT_REPAIR" -> minutes(r, 1, 4);
            case "COMPLAINT", "REPORT" -> minutes(r, 5, 60);
            default -> minutes(r, 10, 480);
        };
    }

    Duration contactDelay(Random r) {
        if (type.equals("COMPLAINT") || type.equals("REPORT")) {
            return r.nextInt(100) < 8 ? hours(r, 24, 40) : hours(r, 1, 20);
        }
        return hours(r, 1, 8);
    }

    Duration travel(OrgUnit station, Random r) {
        if ("SERVICE_REQUEST.RECONNECTION".equals(category)) {
            return r.nextInt(100) < 5 ? hours(r, 24, 30) : hours(r, 1, 20);
        }
        if ("SERVICE_REQUEST.APPLIANCE_DAMAGE".equals(category)) {
            return hours(r, 2, 30);
        }
        boolean slow = r.nextInt(100) < 7;
        Duration d = switch (station.regionClass()) {
            case URBAN -> slow ? minutes(r, 35, 75) : minutes(r, 10, 35);
            case RURAL -> slow ? minutes(r, 70, 130) : minutes(r, 25, 75);
            case REMOTE -> slow ? minutes(r, 100, 160) : minutes(r, 40, 100);
        };
        return storm ? d.multipliedBy(9).dividedBy(5) : d;
    }

    /** From the last step before resolution to the resolution. */
    Duration workTime(Random r) {
        return switch (type) {
            case "FAULT_REPAIR" -> {
                Duration d = r.nextInt(100) < 6 ? hours(r, 3, 6) : minutes(r, 20, 160);
                yield storm ? d.multipliedBy(3).dividedBy(2) : d;
            }
            case "CONSULTATION" -> hours(r, 1, 24);
            case "COMPLAINT" -> r.nextInt(100) < 15 ? hours(r, 120, 216) : hours(r, 24, 96);
            case "REPORT" -> r.nextInt(10) == 0 ? hours(r, 216, 336) : hours(r, 48, 192);
            case "SERVICE_REQUEST" -> "SERVICE_REQUEST.RECONNECTION".equals(category) ? minutes(r, 10, 60) : hours(r, 24, 120);
            case "BUSINESS_APPLICATION" -> hours(r, 48, 216);
            default -> hours(r, 4, 72);
        };
    }

    /** Creation to resolution within this counts as on time for the customer. */
    Duration usual() {
        return switch (type) {
            case "FAULT_REPAIR" -> Duration.ofHours(4);
            case "CONSULTATION" -> Duration.ofDays(2);
            case "COMPLAINT" -> Duration.ofHours(134);
            case "REPORT" -> Duration.ofDays(12);
            case "SERVICE_REQUEST" -> "SERVICE_REQUEST.RECONNECTION".equals(category) ? Duration.ofHours(24) : Duration.ofDays(7);
            case "BUSINESS_APPLICATION" -> Duration.ofDays(8);
            default -> Duration.ofDays(3);
        };
    }
}
