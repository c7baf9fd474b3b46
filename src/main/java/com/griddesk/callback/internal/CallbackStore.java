package com.griddesk.callback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.griddesk.callback.CallbackStatus;
import com.griddesk.callback.CallbackTask;
import com.griddesk.workorder.Satisfaction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The callback tables. Tasks are read with their attempts and survey; open ones can be locked. */
@Repository
public class CallbackStore {

    private static final String TASK = """
            select id, order_id, order_number, type_code, unit_id, unit_path, handler_id, responsibility, resolved_at,
                   status, attempts, next_attempt_at, solved, satisfaction, comment, with_recovery, finished_at
            from callback_task""";

    /** A task as stored; {@link #orderId} and {@link #unitPath} stay inside the module. */
    public record Row(long id, long orderId, String orderNumber, String typeCode, long unitId, String unitPath,
            Long handlerId, String responsibility, Instant resolvedAt, CallbackStatus status, int attempts,
            Instant nextAttemptAt, Boolean solved, Satisfaction satisfaction, String comment, Boolean withRecovery,
            Instant finishedAt) {
    }

    private final JdbcClient jdbc;

    CallbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the order's callback; a second one while one is open is not created (resolve is not replayed, but be sure). */
    public void open(long orderId, String number, String typeCode, long unitId, String unitPath, Long handlerId,
            String responsibility, Instant resolvedAt) {
        jdbc.sql("""
                insert into callback_task (order_id, order_number, type_code, unit_id, unit_path, handler_id, responsibility,
                    resolved_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
                on conflict (order_id) where status in ('OPEN', 'SURVEY_SENT') do nothing""")
                .param(orderId).param(number).param(typeCode).param(unitId).param(unitPath).param(handlerId)
                .param(responsibility).param(ts(resolvedAt)).update();
    }

    public Optional<Row> openTaskForUpdate(String number) {
        return jdbc.sql(TASK + " where order_number = ? and status in ('OPEN', 'SURVEY_SENT') for update").param(number)
                .query(CallbackStore::row).optional();
    }

    public Optional<Row> latest(String number) {
        return jdbc.sql(TASK + " where order_number = ? order by id desc limit 1").param(number)
                .query(CallbackStore::row).optional();
    }

    public Optional<Row> task(long id) {
        return jdbc.sql(TASK + " where id = ?").param(id).query(CallbackStore::row).optional();
    }

    /** Open callbacks in the units under {@code scopePath}: due ones first, then by when they were resolved. */
    public List<Row> queue(String scopePath, Instant now, int limit) {
        return jdbc.sql(TASK + " " + """
                 where status in ('OPEN', 'SURVEY_SENT') and unit_path like ?
                 order by (next_attempt_at is not null and next_attempt_at > ?), resolved_at limit ?""")
                .param(scopePath + "%").param(ts(now)).param(limit).query(CallbackStore::row).list();
    }

    public void attempt(long taskId, Instant at, long agentId, String agentName, String channel, boolean reached,
            Boolean solved, Satisfaction satisfaction, String comment) {
        jdbc.sql("""
                insert into callback_attempt (task_id, at, agent_id, agent_name, channel, reached, solved, satisfaction, comment)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(taskId).param(ts(at)).param(agentId).param(agentName).param(channel).param(reached).param(solved)
                .param(satisfaction == null ? null : satisfaction.name()).param(comment).update();
    }

    public void notReached(long taskId, int attempts, Instant nextAttemptAt) {
        jdbc.sql("update callback_task set attempts = ?, next_attempt_at = ? where id = ?")
                .param(attempts).param(ts(nextAttemptAt)).param(taskId).update();
    }

    /** What the customer said, kept on the task before the order moves (the listeners read it from here). */
    public void heard(long taskId, Boolean solved, Satisfaction satisfaction, String comment) {
        jdbc.sql("update callback_task set solved = ?, satisfaction = ?, comment = ? where id = ?")
                .param(solved).param(satisfaction == null ? null : satisfaction.name()).param(comment).param(taskId).update();
    }

    public void status(long taskId, CallbackStatus status) {
        jdbc.sql("update callback_task set status = ? where id = ?").param(status.name()).param(taskId).update();
    }

    public void finish(long taskId, CallbackStatus status, Satisfaction satisfaction, Boolean withRecovery, Instant at,
            long by) {
        jdbc.sql("""
                update callback_task set status = ?, satisfaction = coalesce(?, satisfaction), with_recovery = ?,
                    finished_at = ?, finished_by = ? where id = ?""")
                .param(status.name()).param(satisfaction == null ? null : satisfaction.name()).param(withRecovery)
                .param(ts(at)).param(by).param(taskId).update();
    }

    public List<CallbackTask.Attempt> attempts(long taskId) {
        return jdbc.sql("""
                select at, agent_name, channel, reached, solved, satisfaction, comment from callback_attempt
                where task_id = ? order by id""").param(taskId)
                .query((rs, i) -> new CallbackTask.Attempt(rs.getTimestamp("at").toInstant(), rs.getString("agent_name"),
                        rs.getString("channel"), rs.getBoolean("reached"), bool(rs, "solved"),
                        satisfaction(rs.getString("satisfaction")), rs.getString("comment")))
                .list();
    }

    public Optional<CallbackTask.Survey> survey(long taskId) {
        return jdbc.sql("select issued_at, expires_at, answered_at, outcome from callback_survey where task_id = ?")
                .param(taskId).query((rs, i) -> new CallbackTask.Survey(rs.getTimestamp("issued_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(), instant(rs, "answered_at"), rs.getString("outcome")))
                .optional();
    }

    public void rework(Row task, int reworkCount, String words, long actorId, Instant at) {
        jdbc.sql("""
                insert into callback_rework (order_id, order_number, unit_id, unit_path, handler_id, at, rework_count, words,
                    satisfaction, solved, actor_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(task.orderId()).param(task.orderNumber()).param(task.unitId()).param(task.unitPath())
                .param(task.handlerId()).param(ts(at)).param(reworkCount).param(words)
                .param(task.satisfaction() == null ? null : task.satisfaction().name()).param(task.solved()).param(actorId)
                .update();
    }

    static Row row(ResultSet rs, int i) throws SQLException {
        long handler = rs.getLong("handler_id");
        Long handlerId = rs.wasNull() ? null : handler;
        return new Row(rs.getLong("id"), rs.getLong("order_id"), rs.getString("order_number"), rs.getString("type_code"),
                rs.getLong("unit_id"), rs.getString("unit_path"), handlerId, rs.getString("responsibility"),
                rs.getTimestamp("resolved_at").toInstant(), CallbackStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), bool(rs, "solved"),
                satisfaction(rs.getString("satisfaction")), rs.getString("comment"), bool(rs, "with_recovery"),
                instant(rs, "finished_at"));
    }

    static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    static Satisfaction satisfaction(String s) {
        return s == null ? null : Satisfaction.valueOf(s);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
