package com.griddesk.textmining.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.griddesk.textmining.engine.BundledModel;
import com.griddesk.textmining.engine.ClassifierEngine;
import com.griddesk.textmining.engine.Corpus;
import com.griddesk.textmining.engine.Evaluation;
import com.griddesk.textmining.engine.FeatureExtractor;
import com.griddesk.textmining.engine.LabelledText;
import com.griddesk.textmining.engine.Leaves;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The learner choice, measured: Apache OpenNLP maxent (GIS) against GridDesk's own softmax
 * regression, on the same features, trained on the bundled corpus and scored on the held-out
 * split. Run by hand ({@code bench/textmining/compare-learners.sh}); not a test.
 */
public final class LearnerComparison {

    private LearnerComparison() {
    }

    public static void main(String[] args) throws Exception {
        List<LabelledText> train = Corpus.training();
        List<LabelledText> heldOut = Corpus.heldOut();

        long start = System.nanoTime();
        ClassifierEngine own = new ClassifierEngine(BundledModel.get().model());
        double ownSeconds = (System.nanoTime() - start) / 1e9;
        Evaluation.Report ownReport = Evaluation.of(own, heldOut);

        List<Event> events = new ArrayList<>();
        for (LabelledText t : train) {
            events.add(new Event(t.label(), FeatureExtractor.features(t.text(), t.channel()).toArray(String[]::new)));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        start = System.nanoTime();
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        MaxentModel maxent = trainer.train(ObjectStreamUtils.createObjectStream(events));
        double maxentSeconds = (System.nanoTime() - start) / 1e9;
        int top = 0;
        int leaf = 0;
        int top3 = 0;
        double[] binConfidence = new double[10];
        int[] binCorrect = new int[10];
        int[] binCount = new int[10];
        for (LabelledText t : heldOut) {
            Set<String> f = FeatureExtractor.features(t.text(), t.channel());
            double[] p = maxent.eval(f.toArray(String[]::new));
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < p.length; i++) {
                order.add(i);
            }
            order.sort((a, b) -> Double.compare(p[b], p[a]));
            String best = maxent.getOutcome(order.get(0));
            leaf += best.equals(t.label()) ? 1 : 0;
            int bin = Math.min(9, (int) (p[order.get(0)] * 10));
            binConfidence[bin] += p[order.get(0)];
            binCount[bin]++;
            binCorrect[bin] += best.equals(t.label()) ? 1 : 0;
            top += Leaves.topLevelOf(best).equals(t.topLevel()) ? 1 : 0;
            for (int k = 0; k < 3 && k < order.size(); k++) {
                if (maxent.getOutcome(order.get(k)).equals(t.label())) {
                    top3++;
                }
            }
        }
        int n = heldOut.size();
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            if (binCount[b] > 0) {
                ece += Math.abs(binConfidence[b] / binCount[b] - (double) binCorrect[b] / binCount[b]) * binCount[b] / n;
            }
        }
        System.out.printf(Locale.ROOT, "%-34s %9s %9s %9s %9s %9s%n", "learner (same features)", "top-level", "leaf acc",
                "top-3", "ECE", "train s");
        System.out.printf(Locale.ROOT, "%-34s %9.4f %9.4f %9.4f %9.4f %9.1f%n", "softmax regression (GridDesk)",
                ownReport.topLevelAccuracy(), ownReport.leafAccuracy(), ownReport.top3Accuracy(),
                ownReport.calibrationError(), ownSeconds);
        System.out.printf(Locale.ROOT, "%-34s %9.4f %9.4f %9.4f %9.4f %9.1f%n", "OpenNLP maxent GIS, 200 iterations",
                (double) top / n, (double) leaf / n, (double) top3 / n, ece, maxentSeconds);
    }
}
