package com.griddesk.textmining.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.textmining.ModelVersion;
import com.griddesk.textmining.engine.ClassifierEngine;
import com.griddesk.textmining.engine.Corpus;
import com.griddesk.textmining.engine.Evaluation;
import com.griddesk.textmining.engine.LabelledText;
import com.griddesk.textmining.engine.Training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Retraining from the bundled corpus plus every order a person confirmed or corrected; the result
 * is a new CANDIDATE version, measured on the held-out split next to the active one, until an
 * admin switches. Old versions are never changed, so orders keep the version that classified them.
 */
@Service
public class ModelTraining {

    private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);

    /** One line of the comparison table: a metric of the active model and of the candidate. */
    public record MetricRow(String metric, double active, double candidate, boolean higherIsBetter) {

        public double delta() {
            return candidate - active;
        }

        public boolean better() {
            return higherIsBetter ? candidate > active : candidate < active;
        }
    }

    private final ModelRepository models;
    private final ModelCatalog catalog;
    private final ClassificationRecords records;
    private final Clock clock;
    private final AtomicBoolean training = new AtomicBoolean();

    ModelTraining(ModelRepository models, ModelCatalog catalog, ClassificationRecords records, Clock clock) {
        this.models = models;
        this.catalog = catalog;
        this.records = records;
        this.clock = clock;
    }

    public List<ModelVersion> versions() {
        catalog.active();
        return models.all();
    }

    public ModelVersion active() {
        int version = catalog.active().version();
        return models.find(version).orElseThrow();
    }

    public ModelVersion version(int version) {
        return models.find(version).orElseThrow(() -> DomainException.notFound(ProblemCode.MODEL_NOT_FOUND, version));
    }

    /** How many confirmed or corrected orders the next training would add. */
    public int confirmedTexts() {
        return records.labelled().size();
    }

    @Transactional
    public ModelVersion retrain(CurrentStaff staff) {
        requireAdmin(staff);
        if (!training.compareAndSet(false, true)) {
            throw new DomainException(ProblemCode.RETRAINING_IN_PROGRESS);
        }
        try {
            List<LabelledText> confirmed = records.labelled();
            List<LabelledText> corpus = new ArrayList<>(Corpus.training());
            corpus.addAll(confirmed);
            long start = System.nanoTime();
            Training.Result trained = Training.defaults().train(corpus);
            Evaluation.Report report = Evaluation.of(new ClassifierEngine(trained.model()), Corpus.heldOut());
            ModelVersion candidate = new ModelVersion(models.nextVersion(), ModelVersion.Status.CANDIDATE,
                    clock.instant(), staff.id(), trained.texts(), confirmed.size(), trained.temperature(),
                    ModelCatalog.metrics(report));
            if (!models.insert(candidate, trained.model().toBytes())) {
                throw new DomainException(ProblemCode.RETRAINING_IN_PROGRESS);
            }
            log.info("text-mining candidate v{} trained on {} texts ({} confirmed) in {} ms", candidate.version(),
                    trained.texts(), confirmed.size(), (System.nanoTime() - start) / 1_000_000);
            return candidate;
        }
        finally {
            training.set(false);
        }
    }

    @Transactional
    public ModelVersion activate(int version, CurrentStaff staff) {
        requireAdmin(staff);
        version(version);
        models.activate(version);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    catalog.switchTo(version);
                }
            });
        }
        else {
            catalog.switchTo(version);
        }
        return version(version);
    }

    /** The candidate against the active model, metric by metric, both on the held-out split. */
    public List<MetricRow> compare(int candidateVersion) {
        ModelVersion.Metrics a = active().metrics();
        ModelVersion.Metrics c = version(candidateVersion).metrics();
        return List.of(new MetricRow("topLevelAccuracy", a.topLevelAccuracy(), c.topLevelAccuracy(), true),
                new MetricRow("leafAccuracy", a.leafAccuracy(), c.leafAccuracy(), true),
                new MetricRow("macroF1", a.macroF1(), c.macroF1(), true),
                new MetricRow("top3Accuracy", a.top3Accuracy(), c.top3Accuracy(), true),
                new MetricRow("calibrationError", a.calibrationError(), c.calibrationError(), false));
    }

    private static void requireAdmin(CurrentStaff staff) {
        if (!staff.has(Role.ADMIN)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
    }
}
