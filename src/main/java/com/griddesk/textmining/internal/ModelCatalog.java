package com.griddesk.textmining.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.textmining.ModelVersion;
import com.griddesk.textmining.engine.BundledModel;
import com.griddesk.textmining.engine.ClassifierEngine;
import com.griddesk.textmining.engine.Corpus;
import com.griddesk.textmining.engine.Evaluation;
import com.griddesk.textmining.engine.LinearModel;
import com.griddesk.textmining.engine.Training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The loaded models. The active one classifies new text; older versions stay loadable so that an
 * order can always be explained by the model that classified it. An empty database gets version 1,
 * trained from the bundled synthetic corpus.
 */
@Component
class ModelCatalog implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ModelCatalog.class);

    /** The active version and its engine, swapped together. */
    record Active(int version, ClassifierEngine engine) {
    }

    private final ModelRepository models;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<Integer, ClassifierEngine> loaded = new ConcurrentHashMap<>();
    private volatile Active active;

    ModelCatalog(ModelRepository models, TransactionTemplate tx, Clock clock) {
        this.models = models;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Loads (on an empty database: trains and stores) the active model before the web server takes
     * requests. Done lazily under traffic, the first intakes each held a database connection while
     * they waited for the training, the pool ran dry and the training could not store its model.
     */
    @Override
    public void afterSingletonsInstantiated() {
        active().engine().classify("客户来电反映家中停电", "PHONE");
    }

    Active active() {
        Active a = active;
        if (a == null) {
            synchronized (this) {
                a = active;
                if (a == null) {
                    a = loadActive();
                    active = a;
                }
            }
        }
        return a;
    }

    ClassifierEngine engine(int version) {
        return loaded.computeIfAbsent(version, v -> new ClassifierEngine(LinearModel.fromBytes(models.bytes(v)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.MODEL_NOT_FOUND, v)))));
    }

    /** After an admin switched: the next classification uses the new version. */
    void switchTo(int version) {
        active = new Active(version, engine(version));
    }

    private Active loadActive() {
        ModelVersion current = models.active().orElseGet(this::firstVersion);
        long start = System.nanoTime();
        Active a = new Active(current.version(), engine(current.version()));
        log.info("text-mining model v{} loaded in {} ms", current.version(), (System.nanoTime() - start) / 1_000_000);
        return a;
    }

    private ModelVersion firstVersion() {
        Training.Result trained = BundledModel.get();
        ClassifierEngine engine = new ClassifierEngine(trained.model());
        ModelVersion first = new ModelVersion(1, ModelVersion.Status.ACTIVE, clock.instant(), null, trained.texts(), 0,
                trained.temperature(), metrics(Evaluation.of(engine, Corpus.heldOut())));
        tx.executeWithoutResult(s -> models.insert(first, trained.model().toBytes()));
        log.info("text-mining model v1 trained from the bundled corpus ({} texts)", trained.texts());
        return models.active().orElseThrow();
    }

    static ModelVersion.Metrics metrics(Evaluation.Report r) {
        return new ModelVersion.Metrics(r.texts(), r.topLevelAccuracy(), r.leafAccuracy(), r.macroF1(),
                r.top3Accuracy(), r.calibrationError());
    }
}
