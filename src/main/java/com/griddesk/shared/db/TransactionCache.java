package com.griddesk.shared.db;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one transaction has already read or written, kept until it ends. Several modules react to
 * the same change in the same transaction, and each used to read the same order and customer again;
 * this lets the second reader take what the first one saw. Outside a transaction nothing is kept.
 */
public final class TransactionCache<K, V> {

    private final String name;

    public TransactionCache(String name) {
        this.name = TransactionCache.class.getName() + "#" + name;
    }

    public Optional<V> get(K key) {
        Map<K, V> entries = entries(false);
        return entries == null ? Optional.empty() : Optional.ofNullable(entries.get(key));
    }

    public void put(K key, V value) {
        Map<K, V> entries = entries(true);
        if (entries != null) {
            entries.put(key, value);
        }
    }

    public void remove(K key) {
        Map<K, V> entries = entries(false);
        if (entries != null) {
            entries.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> entries(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<K, V> entries = (Map<K, V>) TransactionSynchronizationManager.getResource(name);
        if (entries == null && create) {
            Map<K, V> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(name, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(name);
                }
            });
            entries = fresh;
        }
        return entries;
    }
}
