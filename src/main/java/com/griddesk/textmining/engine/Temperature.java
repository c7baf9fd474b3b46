package com.griddesk.textmining.engine;

import java.util.List;

/**
 * Temperature scaling (Guo et al., 2017): one scalar T dividing the logits, chosen to minimise the
 * negative log-likelihood on texts the model was not trained on. It changes the confidence, never
 * the ranking.
 */
final class Temperature {

    private Temperature() {
    }

    static double fit(List<double[]> logits, int[] truth) {
        double lo = Math.log(0.05);
        double hi = Math.log(20);
        double phi = (Math.sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        double fa = nll(logits, truth, Math.exp(a));
        double fb = nll(logits, truth, Math.exp(b));
        for (int i = 0; i < 60; i++) {
            if (fa < fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - phi * (hi - lo);
                fa = nll(logits, truth, Math.exp(a));
            }
            else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + phi * (hi - lo);
                fb = nll(logits, truth, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    static double nll(List<double[]> logits, int[] truth, double t) {
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            double[] p = LinearModel.softmax(logits.get(i), t);
            sum -= Math.log(Math.max(p[truth[i]], 1e-12));
        }
        return sum / truth.length;
    }
}
