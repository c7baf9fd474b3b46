package com.griddesk.textmining.engine;

/**
 * The model trained from the bundled synthetic corpus, trained at most once per JVM: the
 * application's first model version, the evaluation command and the tests all share it.
 */
public final class BundledModel {

    private static volatile Training.Result result;

    private BundledModel() {
    }

    public static Training.Result get() {
        Training.Result r = result;
        if (r == null) {
            synchronized (BundledModel.class) {
                r = result;
                if (r == null) {
                    r = Training.defaults().train(Corpus.training());
                    result = r;
                }
            }
        }
        return r;
    }
}
