package com.griddesk.field.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.griddesk.field.CheckIn;
import com.griddesk.field.Completion;
import com.griddesk.field.Confirmation;
import com.griddesk.field.FieldRecord;
import com.griddesk.field.GeoPoint;
import com.griddesk.field.Material;
import com.griddesk.field.Photo;
import com.griddesk.field.PremiseLocations;
import com.griddesk.field.Trip;
import com.griddesk.workorder.WorkOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the field record of an order; callers have checked that the order is visible to the user. */
@Component
@Transactional(readOnly = true)
public class FieldReads {

    private static final String CHECK_IN = """
            select id, order_number, crew_id, latitude, longitude, accuracy_m, distance_m, far, at from field_check_in""";
    static final String PHOTO = """
            select id, order_number, sha256, thumb_sha256, original_sha256, original_type, original_bytes, width, height,
                   stored_bytes, caption, uploaded_by, uploaded_at from field_photo""";

    private final JdbcClient jdbc;
    private final PremiseLocations premises;
    private final JsonMapper json;

    FieldReads(JdbcClient jdbc, PremiseLocations premises, JsonMapper json) {
        this.jdbc = jdbc;
        this.premises = premises;
        this.json = json;
    }

    public FieldRecord of(WorkOrder order) {
        long id = order.id();
        GeoPoint premise = Optional.ofNullable(order.snapshot().customerId()).flatMap(premises::of).orElse(null);
        List<Trip> trips = jdbc.sql("select crew_id, crew_name, eta, started_at from field_trip where order_id = ? order by id")
                .param(id).query((rs, i) -> new Trip(rs.getLong("crew_id"), rs.getString("crew_name"),
                        rs.getTimestamp("eta").toInstant(), rs.getTimestamp("started_at").toInstant())).list();
        List<CheckIn> checkIns = jdbc.sql(CHECK_IN + " where order_id = ? order by id").param(id)
                .query(FieldReads::checkIn).list();
        List<Completion> completions = jdbc.sql("""
                select crew_id, confirmation, confirmed_by, materials, finished_at from field_completion
                where order_id = ? order by id""").param(id)
                .query((rs, i) -> new Completion(rs.getLong("crew_id"), Confirmation.valueOf(rs.getString("confirmation")),
                        rs.getString("confirmed_by"), json.readValue(rs.getString("materials"),
                                new TypeReference<List<Material>>() { }), rs.getTimestamp("finished_at").toInstant()))
                .list();
        return new FieldRecord(order.number(), premise, trips, checkIns, photos(id), completions);
    }

    public List<Photo> photos(long orderId) {
        return jdbc.sql(PHOTO + " where order_id = ? order by id").param(orderId).query(FieldReads::photo).list();
    }

    public Optional<Photo> photo(long id) {
        return jdbc.sql(PHOTO + " where id = ?").param(id).query(FieldReads::photo).optional();
    }

    static CheckIn checkIn(JdbcClient jdbc, long id) {
        return jdbc.sql(CHECK_IN + " where id = ?").param(id).query(FieldReads::checkIn).single();
    }

    static CheckIn checkIn(ResultSet rs, int i) throws SQLException {
        double accuracy = rs.getDouble("accuracy_m");
        boolean noAccuracy = rs.wasNull();
        double distance = rs.getDouble("distance_m");
        boolean noDistance = rs.wasNull();
        return new CheckIn(rs.getLong("id"), rs.getString("order_number"), rs.getLong("crew_id"),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")), noAccuracy ? null : accuracy,
                noDistance ? null : distance, rs.getBoolean("far"), rs.getTimestamp("at").toInstant());
    }

    static Photo photo(ResultSet rs, int i) throws SQLException {
        return new Photo(rs.getLong("id"), rs.getString("order_number"), rs.getString("sha256"),
                rs.getString("thumb_sha256"), rs.getString("original_sha256"), rs.getString("original_type"),
                rs.getInt("original_bytes"), rs.getInt("width"), rs.getInt("height"), rs.getInt("stored_bytes"),
                rs.getString("caption"), rs.getLong("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
