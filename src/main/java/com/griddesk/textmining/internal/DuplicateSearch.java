package com.griddesk.textmining.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.PhoneNumber;
import com.griddesk.textmining.LikelyDuplicates;
import com.griddesk.textmining.engine.TextSimilarity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Candidates share the caller, the address or the transformer area with the demand and are still
 * open; the text decides. The bar is lower the closer the link: the same caller with a loosely
 * similar text is likely a repeat, a neighbour needs a closer text to be the same fault.
 */
@Service
class DuplicateSearch implements LikelyDuplicates {

    static final int MAX_RESULTS = 5;
    static final Duration NEARBY_WINDOW = Duration.ofDays(2);

    private final JdbcClient jdbc;
    private final OrderIndex index;
    private final CustomerDirectory customers;
    private final TextMiningSettings settings;
    private final Clock clock;

    DuplicateSearch(JdbcClient jdbc, OrderIndex index, CustomerDirectory customers, TextMiningSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.index = index;
        this.customers = customers;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<Duplicate> find(Query q, CurrentStaff staff) {
        Optional<Customer> customer = q.accountNumber() == null || q.accountNumber().isBlank() ? Optional.empty()
                : customers.byAccountNumber(q.accountNumber().strip());
        String phone = q.contactPhone() != null && PhoneNumber.isValid(q.contactPhone())
                ? new PhoneNumber(q.contactPhone()).value() : null;
        String address = q.address() == null || q.address().isBlank() ? null : TextSimilarity.addressKey(q.address());
        return search(q.text(), customer.map(Customer::id).orElse(null), phone, address,
                customer.map(Customer::transformerArea).orElse(null), q.excludeNumber(), staff);
    }

    @Override
    public List<Duplicate> ofOrder(String number, CurrentStaff staff) {
        return index.find(number).filter(o -> staff.sees(o.unitPath()))
                .map(o -> search(o.text(), o.customerId(), o.contactPhone(), o.addressKey(), o.transformerArea(),
                        o.number(), staff))
                .orElse(List.of());
    }

    private static void link(List<String> links, List<Object> params, String condition, Object value) {
        if (value != null) {
            links.add(condition);
            params.add(value);
        }
    }

    @Override
    public List<Duplicate> nearby(Customer caller, CurrentStaff staff) {
        if (caller.transformerArea() == null) {
            return List.of();
        }
        return jdbc.sql("""
                select * from tm_order
                where is_open and transformer_area = ? and created_at >= ? and unit_path like ?
                  and customer_id is distinct from ?
                order by created_at desc limit ?""")
                .param(caller.transformerArea()).param(Timestamp.from(clock.instant().minus(NEARBY_WINDOW)))
                .param(staff.scopePath() + "%").param(caller.id()).param(MAX_RESULTS)
                .query(index::row).stream()
                .map(o -> new Duplicate(o.number(), 0, 0, List.of("SAME_AREA"), o.typeCode(), o.categoryCode(), o.text(),
                        o.createdAt()))
                .toList();
    }

    private List<Duplicate> search(String text, Long customerId, String phone, String addressKey, String area,
            String exclude, CurrentStaff staff) {
        if (text == null || text.isBlank() || (customerId == null && phone == null && addressKey == null && area == null)) {
            return List.of();
        }
        List<String> links = new ArrayList<>();
        List<Object> params = new ArrayList<>(List.of(
                Timestamp.from(clock.instant().minus(Duration.ofDays(settings.duplicateWindowDays()))),
                staff.scopePath() + "%", exclude == null ? "" : exclude));
        link(links, params, "customer_id = ?", customerId);
        link(links, params, "contact_phone = ?", phone);
        link(links, params, "address_key = ?", addressKey);
        link(links, params, "transformer_area = ?", area);
        List<OrderIndex.IndexedOrder> candidates = jdbc.sql("""
                select * from tm_order
                where is_open and created_at >= ? and unit_path like ? and number <> ?
                  and (%s)
                order by created_at desc limit 200""".formatted(String.join(" or ", links)))
                .params(params).query(index::row).list();
        Set<String> grams = TextSimilarity.bigrams(text);
        List<Duplicate> found = new ArrayList<>();
        for (OrderIndex.IndexedOrder o : candidates) {
            double similarity = TextSimilarity.jaccard(grams, TextSimilarity.bigrams(o.text()));
            boolean caller = (customerId != null && customerId.equals(o.customerId())) || Objects.equals(phone, o.contactPhone());
            boolean sameAddress = addressKey != null && addressKey.equals(o.addressKey());
            boolean sameArea = area != null && area.equals(o.transformerArea());
            boolean likely = similarity >= 0.5 || (caller && similarity >= 0.15) || (sameAddress && similarity >= 0.2)
                    || (sameArea && similarity >= 0.25);
            if (!likely) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (customerId != null && customerId.equals(o.customerId())) {
                reasons.add("SAME_CUSTOMER");
            }
            if (Objects.equals(phone, o.contactPhone())) {
                reasons.add("SAME_PHONE");
            }
            if (sameAddress) {
                reasons.add("SAME_ADDRESS");
            }
            if (sameArea) {
                reasons.add("SAME_AREA");
            }
            reasons.add("SIMILAR_TEXT");
            double score = Math.min(1.0, 0.6 * similarity + (caller ? 0.25 : 0) + (sameAddress ? 0.1 : 0)
                    + (sameArea ? 0.05 : 0));
            found.add(new Duplicate(o.number(), score, (int) Math.round(similarity * 100), reasons, o.typeCode(),
                    o.categoryCode(), o.text(), o.createdAt()));
        }
        found.sort(Comparator.comparingDouble(Duplicate::score).reversed());
        return List.copyOf(found.subList(0, Math.min(MAX_RESULTS, found.size())));
    }
}
