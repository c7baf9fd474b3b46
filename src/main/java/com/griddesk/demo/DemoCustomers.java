package com.griddesk.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * 50,000 customers hung on the demo grid: each station has 10 kV feeders, each feeder transformer
 * areas (台区), each area its customers. Urban stations are denser than remote ones.
 */
final class DemoCustomers {

    record Premise(long stationId, String stationCode, String regionClass, String feeder, String feederName,
            String transformerArea, String transformerAreaName, String street) {
    }

    record DemoCustomer(int index, String accountNumber, String name, String phone, String address,
            String customerClass, Premise premise, boolean elderlyAlone, boolean medicalEquipment,
            boolean repeatComplainer) {
    }

    private static final String[] IMPORTANT = { "人民医院", "中心小学", "第一中学", "自来水厂", "钢铁厂", "化工厂",
        "数据中心", "汽车站", "养老院", "卫生院" };
    private static final String[] BUSINESSES = { "超市", "饭店", "五金店", "加工厂", "养殖场", "药店", "宾馆", "修车铺",
        "服装厂", "物流园" };
    private static final String[] BUILDINGS = { "花园", "小区", "新村", "家园", "公寓", "苑" };

    private DemoCustomers() {
    }

    static List<Premise> premises(List<DemoOrganisation.Unit> units, Random random) {
        List<Premise> premises = new ArrayList<>();
        for (DemoOrganisation.Unit u : units) {
            if (!u.level().equals("STATION")) {
                continue;
            }
            int feeders = switch (u.regionClass()) {
                case "URBAN" -> 5;
                case "RURAL" -> 4;
                default -> 3;
            };
            String base = u.keywords().get(1);
            for (int f = 1; f <= feeders; f++) {
                String feeder = u.code() + "-F" + f;
                String feederName = "10kV" + base.substring(0, Math.min(2, base.length())) + f + "线";
                int areas = 6 + random.nextInt(6);
                for (int t = 1; t <= areas; t++) {
                    String street = u.keywords().get(1 + random.nextInt(2));
                    premises.add(new Premise(u.id(), u.code(), u.regionClass(), feeder, feederName,
                            feeder + "-T" + String.format("%02d", t), street + t + "号台区", street));
                }
            }
        }
        return premises;
    }

    static List<DemoCustomer> customers(int count, List<Premise> premises, List<DemoOrganisation.Unit> units,
            Random random) {
        List<DemoCustomer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Premise p = pickWeighted(premises, random);
            String town = town(p, units);
            int roll = random.nextInt(1000);
            String customerClass = roll < 15 ? "IMPORTANT" : roll < 120 ? "NON_RESIDENTIAL" : "RESIDENTIAL";
            String name;
            String address;
            if (customerClass.equals("IMPORTANT")) {
                name = town.replace("街道", "").replace("镇", "").replace("乡", "") + IMPORTANT[random.nextInt(IMPORTANT.length)];
                address = town + p.street() + (1 + random.nextInt(300)) + "号";
            }
            else if (customerClass.equals("NON_RESIDENTIAL")) {
                name = ChineseNames.name(random).charAt(0) + "记" + BUSINESSES[random.nextInt(BUSINESSES.length)];
                address = town + p.street() + (1 + random.nextInt(500)) + "号";
            }
            else {
                name = ChineseNames.name(random);
                address = p.regionClass().equals("URBAN")
                        ? town + p.street() + (1 + random.nextInt(200)) + "号" + p.street().charAt(0)
                                + BUILDINGS[random.nextInt(BUILDINGS.length)] + (1 + random.nextInt(20)) + "栋"
                                + (1 + random.nextInt(30)) + "0" + (1 + random.nextInt(4)) + "室"
                        : town + p.street() + (1 + random.nextInt(12)) + "组" + (1 + random.nextInt(80)) + "号";
            }
            String account = String.format("31%02d%07d", p.stationId() % 100, i + 1);
            boolean residential = customerClass.equals("RESIDENTIAL");
            customers.add(new DemoCustomer(i, account, name, ChineseNames.mobile(random), address, customerClass, p,
                    residential && random.nextInt(100) < 3, residential && random.nextInt(200) < 2,
                    random.nextInt(100) == 0));
        }
        return customers;
    }

    private static String town(Premise p, List<DemoOrganisation.Unit> units) {
        return units.stream().filter(u -> u.id() == p.stationId()).findFirst().orElseThrow().keywords().get(0);
    }

    /** Urban premises carry more customers than rural, rural more than remote. */
    private static Premise pickWeighted(List<Premise> premises, Random random) {
        while (true) {
            Premise p = premises.get(random.nextInt(premises.size()));
            int weight = switch (p.regionClass()) {
                case "URBAN" -> 100;
                case "RURAL" -> 60;
                default -> 30;
            };
            if (random.nextInt(100) < weight) {
                return p;
            }
        }
    }

    static String voltage(String customerClass, Random random) {
        return switch (customerClass) {
            case "IMPORTANT" -> random.nextBoolean() ? "KV10" : "KV35";
            case "NON_RESIDENTIAL" -> random.nextInt(4) == 0 ? "KV10" : "V380";
            default -> "V220";
        };
    }
}
