package com.griddesk.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.textmining.engine.BundledModel;
import com.griddesk.textmining.engine.ClassifierEngine;
import com.griddesk.textmining.engine.SafetyRule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 冒烟, 着火, 触电, 倒杆, 断线 make an urgent fault, even where the words alone would read as something else. */
class SafetyWordsTest {

    private final ClassifierEngine engine = new ClassifierEngine(BundledModel.get().model());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "冒烟|我要投诉，你们上个月换的电表现在在冒烟，快来人",
            "着火|营业厅旁边那个配电箱着火了，电线还在烧",
            "触电|我家孩子碰了楼道里的电线触电了，人在医院，那根线还露着",
            "倒杆|刚才大风吹得倒杆了，电线压在马路上",
            "断线|村口高压断线了，掉在田里，冒着火花",
            "冒烟|想咨询一下，电表一直冒烟正常吗，现在还在冒" })
    void a_safety_word_forces_an_urgent_fault(String word, String text) {
        ClassifierEngine.Prediction p = engine.classify(text, "PHONE");
        assertThat(p.urgent()).isTrue();
        assertThat(p.safetyWord()).isEqualTo(word);
        assertThat(p.top()).allSatisfy(s -> assertThat(s.code()).startsWith("FAULT_REPAIR."));
        assertThat(p.top().stream().mapToDouble(ClassifierEngine.Scored::confidence).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "家里有小孩，请问怎么防止触电",
            "如果有人触电了应该怎么急救",
            "表箱门坏了，里面的线露着，存在触电隐患",
            "村口电杆倾斜，存在倒杆隐患，请处理",
            "我家的触电保护器是什么牌子的比较好" })
    void questions_devices_and_hazards_for_later_are_not_forced(String text) {
        assertThat(SafetyRule.trigger(text)).isEmpty();
        assertThat(engine.classify(text, "PHONE").urgent()).isFalse();
    }

    @Test
    void a_guarded_mention_does_not_hide_a_real_one_later_in_the_text() {
        assertThat(SafetyRule.trigger("以前问过怎么防止触电，现在我家插座真的冒烟了")).contains("冒烟");
    }
}
