package com.griddesk.demo;

import java.util.Random;

/** Plausible Chinese personal names, weighted towards the common surnames. */
final class ChineseNames {

    private static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String OTHER_SURNAMES = "郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧建国平红玉兰桂珍志刚海燕晓东雪梅文辉鹏飞婷丹宇浩俊凯欣怡子涵梓萱一诺思远佳琪嘉豪春生秋菊德福永康金凤淑贞";

    private ChineseNames() {
    }

    static String name(Random random) {
        String surnames = random.nextInt(100) < 70 ? COMMON_SURNAMES : OTHER_SURNAMES;
        StringBuilder name = new StringBuilder().append(surnames.charAt(random.nextInt(surnames.length())));
        int given = random.nextInt(100) < 70 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    static String mobile(Random random) {
        String[] prefixes = { "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
            "155", "156", "158", "159", "166", "177", "180", "181", "186", "187", "188", "189", "191", "199" };
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }
}
