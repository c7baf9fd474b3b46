package com.griddesk.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo organisation: 滨江供电局 with three county companies of different region classes,
 * four supply stations each and five teams per station.
 */
final class DemoOrganisation {

    static final String DEMO_PASSWORD = "griddesk";

    record Unit(long id, Long parentId, String code, String nameZh, String nameEn, String level, String teamKind,
            String regionClass, String path, List<String> keywords) {
    }

    record County(String code, String nameZh, String nameEn, String region, String[][] stations) {
    }

    static final County[] COUNTIES = {
        new County("BJ-CQ", "滨江城区供电公司", "Binjiang Urban Supply Co.", "URBAN", new String[][] {
            { "江滨供电所", "Jiangbin Station", "江滨街道", "江滨路", "滨江大道" },
            { "东湖供电所", "Donghu Station", "东湖街道", "东湖路", "湖东小区" },
            { "西城供电所", "Xicheng Station", "西城街道", "西城路", "解放西路" },
            { "高新供电所", "Gaoxin Station", "高新区", "科技园", "创业路" } }),
        new County("BJ-JN", "江南县供电公司", "Jiangnan County Supply Co.", "RURAL", new String[][] {
            { "江南镇供电所", "Jiangnan Town Station", "江南镇", "南桥村", "江南大道" },
            { "白沙供电所", "Baisha Station", "白沙镇", "白沙村", "沙头村" },
            { "石桥供电所", "Shiqiao Station", "石桥镇", "石桥村", "桥头村" },
            { "柳林供电所", "Liulin Station", "柳林镇", "柳林村", "杨柳村" } }),
        new County("BJ-SB", "山北县供电公司", "Shanbei County Supply Co.", "REMOTE", new String[][] {
            { "山北镇供电所", "Shanbei Town Station", "山北镇", "北山村", "山北大街" },
            { "云岭供电所", "Yunling Station", "云岭乡", "云岭村", "岭上村" },
            { "青石供电所", "Qingshi Station", "青石乡", "青石村", "石门村" },
            { "松溪供电所", "Songxi Station", "松溪乡", "松溪村", "溪口村" } }) };

    static final String[][] TEAMS = {
        { "REPAIR", "抢修班", "Repair crew" },
        { "SERVICE", "营业班", "Service office" },
        { "BUSINESS", "业扩班", "Business expansion office" },
        { "METERING", "计量班", "Metering team" },
        { "COORDINATION", "客户问题协调组", "Coordination desk" } };

    private DemoOrganisation() {
    }

    static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(1, null, "GD", "示范电网公司", "Demo Grid Company", "COMPANY", null, "URBAN", "/1/", List.of()));
        units.add(new Unit(2, 1L, "BJ", "滨江供电局", "Binjiang City Bureau", "BUREAU", null, "URBAN", "/1/2/", List.of()));
        units.add(new Unit(3, 2L, "BJ-95598", "95598客户服务中心", "95598 Service Centre", "TEAM", "DISPATCH", "URBAN",
                "/1/2/3/", List.of()));
        long id = 10;
        for (County county : COUNTIES) {
            long countyId = id++;
            String countyPath = "/1/2/" + countyId + "/";
            units.add(new Unit(countyId, 2L, county.code(), county.nameZh(), county.nameEn(), "COUNTY", null,
                    county.region(), countyPath, List.of()));
            int s = 1;
            for (String[] station : county.stations()) {
                long stationId = id++;
                String stationCode = county.code() + "-S" + s++;
                String stationPath = countyPath + stationId + "/";
                units.add(new Unit(stationId, countyId, stationCode, station[0], station[1], "STATION", null,
                        county.region(), stationPath, List.of(station[2], station[3], station[4])));
                for (String[] team : TEAMS) {
                    long teamId = id++;
                    units.add(new Unit(teamId, stationId, stationCode + "-" + team[0], station[0] + team[1],
                            station[1] + " " + team[2], "TEAM", team[0], county.region(), stationPath + teamId + "/",
                            List.of()));
                }
            }
        }
        return units;
    }
}
