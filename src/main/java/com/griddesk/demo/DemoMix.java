package com.griddesk.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import com.griddesk.workorder.Channel;

/**
 * The shape of the demo history: how much of each type arrives on which day and hour, through
 * which channel, with which category and which root cause. Shares follow the usual 95598 picture:
 * faults and questions dominate, faults peak in summer evenings, business waits for weekdays.
 */
final class DemoMix {

    static final Map<String, Weighted<String>> CATEGORIES = Map.of(
            "FAULT_REPAIR", Weighted.of("FAULT_REPAIR.HIGH_VOLTAGE", 8, "FAULT_REPAIR.LOW_VOLTAGE", 45,
                    "FAULT_REPAIR.POWER_QUALITY", 8, "FAULT_REPAIR.CUSTOMER_INTERNAL", 25, "FAULT_REPAIR.METERING", 10,
                    "FAULT_REPAIR.NON_POWER", 4),
            "CONSULTATION", Weighted.of("CONSULTATION.BILLING", 35, "CONSULTATION.OUTAGE_INFO", 30,
                    "CONSULTATION.BUSINESS_PROCESS", 20, "CONSULTATION.SAFETY", 5, "CONSULTATION.OTHER", 10),
            "COMPLAINT", Weighted.of("COMPLAINT.SERVICE.ATTITUDE", 12, "COMPLAINT.SERVICE.CONDUCT", 10,
                    "COMPLAINT.SERVICE.CHANNEL", 5, "COMPLAINT.BUSINESS.CONNECTION", 6, "COMPLAINT.BUSINESS.ACCOUNT_CHANGE", 3,
                    "COMPLAINT.BUSINESS.BILLING", 14, "COMPLAINT.BUSINESS.METERING", 7, "COMPLAINT.BUSINESS.FEES", 2,
                    "COMPLAINT.OUTAGE.PLANNED", 6, "COMPLAINT.OUTAGE.REPAIR", 10, "COMPLAINT.OUTAGE.NOTICE", 4,
                    "COMPLAINT.OUTAGE.ARREARS", 4, "COMPLAINT.QUALITY.VOLTAGE", 7, "COMPLAINT.QUALITY.RELIABILITY", 6,
                    "COMPLAINT.GRID.CONSTRUCTION", 1, "COMPLAINT.GRID.RELOCATION", 2, "COMPLAINT.GRID.FACILITY_HAZARD", 5),
            "REPORT", Weighted.of("REPORT.THEFT", 70, "REPORT.MISCONDUCT", 30),
            "SERVICE_REQUEST", Weighted.of("SERVICE_REQUEST.METER_TEST", 20, "SERVICE_REQUEST.APPLIANCE_DAMAGE", 15,
                    "SERVICE_REQUEST.RECONNECTION", 45, "SERVICE_REQUEST.USAGE_CHECK", 20),
            "BUSINESS_APPLICATION", Weighted.of("BUSINESS_APPLICATION.NEW_CONNECTION", 35,
                    "BUSINESS_APPLICATION.CAPACITY_CHANGE", 15, "BUSINESS_APPLICATION.TRANSFER", 20,
                    "BUSINESS_APPLICATION.RENAME", 15, "BUSINESS_APPLICATION.CLOSURE", 5,
                    "BUSINESS_APPLICATION.TARIFF_CHANGE", 10));

    private static final Weighted<Channel> FEEDBACK_CHANNELS = Weighted.of(Channel.PHONE, 60, Channel.WECHAT, 15,
            Channel.APP, 10, Channel.HALL, 10, Channel.WEB, 5);

    static final Map<String, Weighted<Channel>> CHANNELS = Map.of(
            "FAULT_REPAIR", Weighted.of(Channel.PHONE, 85, Channel.APP, 6, Channel.WECHAT, 7, Channel.WEB, 1,
                    Channel.GOV_HOTLINE, 1),
            "CONSULTATION", Weighted.of(Channel.PHONE, 70, Channel.APP, 10, Channel.WECHAT, 12, Channel.WEB, 3,
                    Channel.HALL, 5),
            "COMPLAINT", Weighted.of(Channel.PHONE, 72, Channel.GOV_HOTLINE, 16, Channel.REGULATOR, 5, Channel.WECHAT, 3,
                    Channel.APP, 2, Channel.MEDIA, 1, Channel.HALL, 1),
            "REPORT", Weighted.of(Channel.PHONE, 70, Channel.GOV_HOTLINE, 15, Channel.REGULATOR, 5, Channel.WEB, 10),
            "OPINION", FEEDBACK_CHANNELS,
            "SUGGESTION", FEEDBACK_CHANNELS,
            "PRAISE", FEEDBACK_CHANNELS,
            "SERVICE_REQUEST", Weighted.of(Channel.PHONE, 60, Channel.APP, 20, Channel.WECHAT, 10, Channel.HALL, 10),
            "BUSINESS_APPLICATION", Weighted.of(Channel.HALL, 55, Channel.APP, 25, Channel.WECHAT, 10, Channel.WEB, 10));

    /** Root causes per category (or type); every code must be offered for the type (root-causes.csv). */
    static final Map<String, Weighted<String>> ROOT_CAUSES = Map.ofEntries(
            Map.entry("FAULT_REPAIR.HIGH_VOLTAGE", Weighted.of("EQUIPMENT_AGEING", 35, "VEGETATION", 25,
                    "THIRD_PARTY_DAMAGE", 20, "SEVERE_WEATHER", 15, "CONSTRUCTION_QUALITY", 5)),
            Map.entry("FAULT_REPAIR.LOW_VOLTAGE", Weighted.of("EQUIPMENT_AGEING", 45, "CAPACITY_SHORTAGE", 20,
                    "VEGETATION", 10, "THIRD_PARTY_DAMAGE", 10, "CONSTRUCTION_QUALITY", 10, "SEVERE_WEATHER", 5)),
            Map.entry("FAULT_REPAIR.POWER_QUALITY", Weighted.of("CAPACITY_SHORTAGE", 60, "EQUIPMENT_AGEING", 30, "OTHER", 10)),
            Map.entry("FAULT_REPAIR.CUSTOMER_INTERNAL", Weighted.of("CUSTOMER_INSTALLATION", 95, "OTHER", 5)),
            Map.entry("FAULT_REPAIR.METERING", Weighted.of("METERING_ERROR", 60, "EQUIPMENT_AGEING", 20, "CUSTOMER_ARREARS", 20)),
            Map.entry("FAULT_REPAIR.NON_POWER", Weighted.of("NOT_POWER_SUPPLY", 1)),
            Map.entry("CONSULTATION", Weighted.of("INFORMATION_ANSWERED", 85, "CUSTOMER_MISUNDERSTANDING", 15)),
            Map.entry("COMPLAINT.SERVICE.ATTITUDE", Weighted.of("STAFF_ATTITUDE", 80, "CUSTOMER_MISUNDERSTANDING", 20)),
            Map.entry("COMPLAINT.SERVICE.CONDUCT", Weighted.of("PROCESS_DESIGN", 40, "STAFF_SKILL", 40, "TIME_LIMIT_MISSED", 20)),
            Map.entry("COMPLAINT.SERVICE.CHANNEL", Weighted.of("CHANNEL_FAULT", 1)),
            Map.entry("COMPLAINT.BUSINESS.CONNECTION", Weighted.of("TIME_LIMIT_MISSED", 50, "GRID_PLANNING", 30,
                    "CAPACITY_SHORTAGE", 20)),
            Map.entry("COMPLAINT.BUSINESS.ACCOUNT_CHANGE", Weighted.of("PROCESS_DESIGN", 50, "TIME_LIMIT_MISSED", 50)),
            Map.entry("COMPLAINT.BUSINESS.BILLING", Weighted.of("BILLING_ERROR", 50, "CUSTOMER_MISUNDERSTANDING", 50)),
            Map.entry("COMPLAINT.BUSINESS.METERING", Weighted.of("METERING_ERROR", 40, "CUSTOMER_MISUNDERSTANDING", 60)),
            Map.entry("COMPLAINT.BUSINESS.FEES", Weighted.of("STAFF_MISCONDUCT", 30, "PROCESS_DESIGN", 30,
                    "CUSTOMER_MISUNDERSTANDING", 40)),
            Map.entry("COMPLAINT.OUTAGE.PLANNED", Weighted.of("MAINTENANCE_PLANNING", 70, "NOTICE_NOT_DELIVERED", 30)),
            Map.entry("COMPLAINT.OUTAGE.REPAIR", Weighted.of("CONSTRUCTION_QUALITY", 40, "EQUIPMENT_AGEING", 30,
                    "TIME_LIMIT_MISSED", 30)),
            Map.entry("COMPLAINT.OUTAGE.NOTICE", Weighted.of("NOTICE_NOT_DELIVERED", 1)),
            Map.entry("COMPLAINT.OUTAGE.ARREARS", Weighted.of("NOTICE_NOT_DELIVERED", 40, "TIME_LIMIT_MISSED", 30,
                    "CUSTOMER_ARREARS", 30)),
            Map.entry("COMPLAINT.QUALITY.VOLTAGE", Weighted.of("CAPACITY_SHORTAGE", 70, "EQUIPMENT_AGEING", 30)),
            Map.entry("COMPLAINT.QUALITY.RELIABILITY", Weighted.of("EQUIPMENT_AGEING", 40, "VEGETATION", 30, "GRID_PLANNING", 30)),
            Map.entry("COMPLAINT.GRID.CONSTRUCTION", Weighted.of("CONSTRUCTION_QUALITY", 1)),
            Map.entry("COMPLAINT.GRID.RELOCATION", Weighted.of("GRID_PLANNING", 60, "CUSTOMER_MISUNDERSTANDING", 40)),
            Map.entry("COMPLAINT.GRID.FACILITY_HAZARD", Weighted.of("EQUIPMENT_AGEING", 50, "VEGETATION", 30,
                    "THIRD_PARTY_DAMAGE", 20)),
            Map.entry("REPORT.THEFT", Weighted.of("ELECTRICITY_THEFT", 70, "OTHER", 30)),
            Map.entry("REPORT.MISCONDUCT", Weighted.of("STAFF_MISCONDUCT", 50, "OTHER", 50)),
            Map.entry("OPINION", Weighted.of("PROCESS_DESIGN", 40, "NOTICE_NOT_DELIVERED", 20, "INFORMATION_ANSWERED", 40)),
            Map.entry("SUGGESTION", Weighted.of("INFORMATION_ANSWERED", 60, "PROCESS_DESIGN", 40)),
            Map.entry("PRAISE", Weighted.of("INFORMATION_ANSWERED", 1)),
            Map.entry("SERVICE_REQUEST.METER_TEST", Weighted.of("REQUEST_COMPLETED", 70, "METERING_ERROR", 30)),
            Map.entry("SERVICE_REQUEST.APPLIANCE_DAMAGE", Weighted.of("REQUEST_COMPLETED", 50, "CUSTOMER_INSTALLATION", 50)),
            Map.entry("SERVICE_REQUEST.RECONNECTION", Weighted.of("CUSTOMER_ARREARS", 80, "REQUEST_COMPLETED", 20)),
            Map.entry("SERVICE_REQUEST.USAGE_CHECK", Weighted.of("BILLING_ERROR", 30, "CUSTOMER_INSTALLATION", 30,
                    "REQUEST_COMPLETED", 40)),
            Map.entry("BUSINESS_APPLICATION", Weighted.of("REQUEST_COMPLETED", 85, "TIME_LIMIT_MISSED", 10,
                    "PROCESS_DESIGN", 5)));

    private static final double[] FAULT_BY_MONTH = { 1.1, 0.9, 0.8, 0.85, 1.0, 1.3, 1.7, 1.8, 1.3, 0.9, 0.85, 1.0 };
    private static final double[] FAULT_BY_HOUR = { 0.5, 0.3, 0.2, 0.2, 0.2, 0.3, 0.6, 0.9, 1.1, 1.1, 1.1, 1.1, 1.2,
        1.1, 1.0, 1.0, 1.1, 1.3, 1.7, 1.9, 1.9, 1.6, 1.1, 0.8 };
    private static final double[] OFFICE_BY_HOUR = { 0.05, 0.02, 0.02, 0.02, 0.02, 0.05, 0.2, 0.8, 1.6, 1.9, 1.9, 1.6,
        1.0, 1.2, 1.7, 1.8, 1.6, 1.2, 0.8, 0.7, 0.6, 0.4, 0.2, 0.1 };

    private DemoMix() {
    }

    static String rootCause(String type, String category, java.util.Random random) {
        Weighted<String> causes = ROOT_CAUSES.get(category != null && ROOT_CAUSES.containsKey(category) ? category : type);
        if (causes == null) {
            throw new IllegalStateException("no demo root causes for " + category + " / " + type);
        }
        return causes.pick(random);
    }

    /** How many orders of the type arrive on the day, relative to an average day. */
    static double dayFactor(String type, LocalDate day, int dayIndex, int days) {
        int month = day.getMonthValue() - 1;
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean springFestival = (month == 0 && day.getDayOfMonth() > 20) || (month == 1 && day.getDayOfMonth() < 15);
        // the company improves: complaints fall by a fifth over the two years
        double improving = 1.1 - 0.2 * dayIndex / days;
        return switch (type) {
            case "FAULT_REPAIR" -> FAULT_BY_MONTH[month];
            case "COMPLAINT", "REPORT", "OPINION" -> improving * (0.6 + 0.4 * FAULT_BY_MONTH[month]);
            case "BUSINESS_APPLICATION", "SERVICE_REQUEST" -> (weekend ? 0.45 : 1.15) * (springFestival ? 0.6 : 1.0);
            default -> weekend ? 0.8 : 1.05;
        };
    }

    static Weighted<Integer> hours(String type) {
        double[] shape = type.equals("FAULT_REPAIR") ? FAULT_BY_HOUR : OFFICE_BY_HOUR;
        Weighted<Integer> w = new Weighted<>();
        for (int h = 0; h < 24; h++) {
            w.add(h, shape[h]);
        }
        return w;
    }
}
