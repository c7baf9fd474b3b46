package com.griddesk.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.griddesk.textmining.engine.BundledModel;
import com.griddesk.textmining.engine.ClassifierEngine;
import com.griddesk.textmining.engine.Corpus;
import com.griddesk.textmining.engine.LabelledText;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each near-neighbour rule of labelling.md, with texts on both sides of it that are in neither the
 * training corpus nor the held-out split ({@code src/test/resources/textmining/labelling-rules.tsv}).
 */
class LabellingRulesTest {

    record RuleExample(String rule, LabelledText text) {
    }

    static List<RuleExample> examples() {
        var in = LabellingRulesTest.class.getResourceAsStream("/textmining/labelling-rules.tsv");
        String content = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .collect(Collectors.joining("\n"));
        List<String> lines = content.lines().skip(1).filter(l -> !l.isBlank()).toList();
        String tsv = Corpus.HEADER + "\n" + lines.stream().map(l -> l.substring(l.indexOf('\t') + 1))
                .map(l -> "rule\t" + l).collect(Collectors.joining("\n"));
        List<LabelledText> texts = Corpus.read(new java.io.StringReader(tsv));
        return java.util.stream.IntStream.range(0, texts.size())
                .mapToObj(i -> new RuleExample(lines.get(i).split("\t")[0], texts.get(i))).toList();
    }

    static Stream<Arguments> rules() {
        return examples().stream().map(e -> Arguments.of(e.rule(), e.text().label(), e.text().text(), e.text().channel()));
    }

    @ParameterizedTest(name = "[{0}] {1}: {2}")
    @MethodSource("rules")
    void the_model_follows_the_labelling_rule(String rule, String label, String text, String channel) {
        ClassifierEngine engine = new ClassifierEngine(BundledModel.get().model());
        assertThat(engine.classify(text, channel).best().code()).as(rule).isEqualTo(label);
    }

    @Test
    void every_rule_of_the_guide_has_examples_on_more_than_one_side() {
        var byRule = examples().stream().collect(Collectors.groupingBy(RuleExample::rule,
                Collectors.mapping(e -> e.text().label(), Collectors.toSet())));
        assertThat(byRule.keySet()).containsExactlyInAnyOrder("fault-vs-question-vs-complaint", "fault-level",
                "voltage-now-vs-over-time", "arrears", "planned-outages", "billing", "complaint-vs-opinion", "hazards",
                "money", "not-ours");
        byRule.forEach((rule, labels) -> {
            if (!rule.equals("hazards") && !rule.equals("not-ours")) {
                assertThat(labels).as(rule).hasSizeGreaterThan(1);
            }
        });
    }

    @Test
    void the_examples_are_not_in_the_training_corpus_nor_the_held_out_split() {
        Set<String> seen = Stream.concat(Corpus.training().stream(), Corpus.heldOut().stream())
                .map(t -> t.text().strip()).collect(Collectors.toSet());
        assertThat(examples()).allSatisfy(e -> assertThat(seen).doesNotContain(e.text().text().strip()));
    }
}
