package com.griddesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import com.griddesk.org.OrgUnit;
import com.griddesk.org.TeamKind;
import com.griddesk.shared.Actor;
import com.griddesk.workorder.Assignment;
import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.RootCause;
import com.griddesk.workorder.RootCauses;
import com.griddesk.workorder.Satisfaction;
import com.griddesk.workorder.SubTaskStatus;
import com.griddesk.workorder.WorkOrder;

/**
 * What happens to each demand after intake, per type: dispatch, acceptance, arrival, contact,
 * sub-tasks, resolution with a root cause, callback, and the occasional return, reminder,
 * cancellation or rework. Times follow the region and, on storm days, the weather.
 */
final class DemoOutcomes {

    /** Where the order goes and who works it. */
    record Route(OrgUnit station, OrgUnit team, Actor dispatcher, Actor worker, Actor coordinator, OrgUnit helperTeam,
            Actor helper) {
    }

    private static final String[] RETURN_REASONS = { "非本班组辖区，请重新派单", "地址有误，请核实后重派", "不属于本专业，请转派" };
    private static final String[] CANCEL_REASONS = { "客户来电告知已自行恢复", "重复受理，客户已在其他渠道反映", "客户撤回诉求" };
    private static final String[] CALLBACK_GOOD = { "客户表示满意", "客户对处理结果认可", "客户感谢及时处理" };
    private static final String[] CALLBACK_BAD = { "客户认为处理太慢", "客户对答复不认可", "客户表示问题没有根本解决" };

    private final DemoTexts texts;
    private final DemoStaff staff;
    private final RootCauses rootCauses;

    DemoOutcomes(DemoTexts texts, DemoStaff staff, RootCauses rootCauses) {
        this.texts = texts;
        this.staff = staff;
        this.rootCauses = rootCauses;
    }

    List<DemoScenario.Step> plan(String type, String category, Instant created, Actor agent, Route route, boolean storm,
            Random r) {
        Plan p = new Plan(created);
        if (r.nextInt(100) < 1) {
            p.after(minutes(r, 2, 40)).then((o, t) -> o.cancel(pick(CANCEL_REASONS, r), route.dispatcher(), t));
            return p.steps();
        }
        if (type.equals("CONSULTATION") && r.nextInt(100) < 72) {
            String answer = texts.result("INFORMATION_ANSWERED", r);
            p.after(minutes(r, 1, 6)).then((o, t) -> o.answerOnFirstContact(answer, agent, t));
            return p.steps();
        }
        DemoWork work = new DemoWork(type, category, storm);
        Duration working = work.workTime(r);
        Actor worker = dispatchAndAccept(p, work, route, r);
        if (r.nextInt(100) < (type.equals("COMPLAINT") ? 15 : 6)) {
            p.at(p.peek(working.dividedBy(2)), (o, t) -> o.remind("客户再次来电催促处理", staff.numbered("agent", DemoWorld.AGENTS, r), t));
        }
        workOn(p, work, route, worker, r);
        String cause = storm && type.equals("FAULT_REPAIR") && r.nextInt(100) < 60 ? "SEVERE_WEATHER"
                : DemoMix.rootCause(type, category, r);
        RootCause rootCause = rootCauses.find(cause).orElseThrow(() -> new IllegalStateException("unknown " + cause));
        Responsibility responsibility = rootCause.defaultResponsibility() == null ? Responsibility.COMPANY
                : rootCause.defaultResponsibility();
        String result = texts.result(cause, r);
        p.after(working).then((o, t) -> o.resolve(result, cause, responsibility, worker, t));
        boolean late = Duration.between(created, p.now()).compareTo(work.usual()) > 0;
        callback(p, type, late, worker, r);
        return p.steps();
    }

    /** Dispatch to the team (with the occasional 退单 and re-dispatch) and acceptance; returns who accepted. */
    private Actor dispatchAndAccept(Plan p, DemoWork w, Route route, Random r) {
        Long assignee = route.team().teamKind() == TeamKind.COORDINATION && route.coordinator() != null
                ? route.coordinator().staffId() : null;
        Assignment toTeam = new Assignment(route.team().id(), route.team().path(), assignee);
        Actor dispatcher = r.nextInt(100) < 3 ? staff.user("dispatcher") : route.dispatcher();
        p.after(w.dispatchDelay(r)).then((o, t) -> o.dispatch(toTeam, dispatcher, t));
        if (r.nextInt(100) < 4) {
            Assignment desk = new Assignment(route.station().id(), route.station().path(), null);
            p.after(minutes(r, 10, 90)).then((o, t) -> o.returnToDispatcher(pick(RETURN_REASONS, r), desk, route.worker(), t));
            p.after(minutes(r, 5, 40)).then((o, t) -> o.dispatch(toTeam, dispatcher, t));
        }
        Actor worker = r.nextInt(100) < 3 ? staff.user(w.field() ? "crew" : "handler") : route.worker();
        p.after(w.acceptDelay(r)).then((o, t) -> o.accept(worker, t));
        return worker;
    }

    /** Contact with the customer, arrival on site and the sub-task of another department, as the kind needs. */
    private void workOn(Plan p, DemoWork w, Route route, Actor worker, Random r) {
        if (w.contacts()) {
            p.after(w.contactDelay(r)).then((o, t) -> o.recordContact("已电话联系客户，了解诉求", worker, t));
        }
        if (w.arrives()) {
            p.after(w.travel(route.station(), r)).then((o, t) -> o.checkIn(null, worker, t));
        }
        if (w.type().equals("COMPLAINT") && route.helperTeam() != null && r.nextInt(100) < 12) {
            Actor helper = route.helper() != null ? route.helper() : worker;
            p.after(hours(r, 2, 20)).then((o, t) -> o.openSubTask(route.helperTeam().id(), null, "请协助现场核实并提供处理意见",
                    worker, t));
            p.after(hours(r, 12, 60)).then((o, t) -> o.finishSubTask(1, SubTaskStatus.DONE, "已核实，意见已反馈协调员", helper, t));
        }
    }

    /** 回访 and close; a dissatisfied customer sometimes gets the order reworked and called back again. */
    private void callback(Plan p, String type, boolean late, Actor worker, Random r) {
        Satisfaction satisfaction = satisfaction(type, late, r);
        Actor callback = r.nextInt(100) < 5 ? staff.user("callback") : staff.numbered("callback", DemoWorld.CALLBACK_AGENTS, r);
        String note = note(satisfaction, r);
        p.after(r.nextInt(10) == 0 ? hours(r, 20, 50) : hours(r, 1, 20)).then((o, t) -> o.close(satisfaction, note, callback, t));
        if (satisfaction.dissatisfied() && r.nextInt(100) < 35) {
            p.after(hours(r, 1, 20)).then((o, t) -> o.reopen("回访不满意：" + note, callback, t));
            p.after(hours(r, 1, 8)).then((o, t) -> o.accept(worker, t));
            p.after(hours(r, 4, 72)).then((o, t) -> o.resolve("二次处理：" + o.snapshot().resolution(),
                    o.snapshot().rootCause(), o.snapshot().responsibility(), worker, t));
            Satisfaction second = r.nextInt(100) < 70 ? Satisfaction.SATISFIED : Satisfaction.NEUTRAL;
            p.after(hours(r, 4, 30)).then((o, t) -> o.close(second, "二次回访：客户基本认可", callback, t));
        }
    }

    static Satisfaction satisfaction(String type, boolean late, Random r) {
        double unhappy = switch (type) {
            case "COMPLAINT" -> 0.14;
            case "REPORT" -> 0.08;
            case "OPINION" -> 0.06;
            case "SERVICE_REQUEST", "BUSINESS_APPLICATION" -> 0.05;
            case "PRAISE" -> 0.0;
            default -> 0.03;
        } + (late ? 0.12 : 0.0);
        double roll = r.nextDouble();
        if (roll < unhappy) {
            return roll < unhappy / 4 ? Satisfaction.VERY_DISSATISFIED : Satisfaction.DISSATISFIED;
        }
        double rest = r.nextDouble();
        return rest < 0.6 ? Satisfaction.VERY_SATISFIED : rest < 0.92 ? Satisfaction.SATISFIED : Satisfaction.NEUTRAL;
    }

    private static String note(Satisfaction s, Random r) {
        return s.dissatisfied() ? pick(CALLBACK_BAD, r) : pick(CALLBACK_GOOD, r);
    }

    static Duration minutes(Random r, int min, int max) {
        return Duration.ofSeconds(60L * min + r.nextInt(60 * (max - min) + 1));
    }

    static Duration hours(Random r, int min, int max) {
        return minutes(r, 60 * min, 60 * max);
    }

    private static String pick(String[] values, Random r) {
        return values[r.nextInt(values.length)];
    }

    /** The timed steps of one scenario, built in order. */
    private static final class Plan {
        private final List<DemoScenario.Step> steps = new ArrayList<>();
        private Instant t;

        Plan(Instant start) {
            this.t = start;
        }

        Instant now() {
            return t;
        }

        /** In time order: a reminder may fall between steps planned after it. */
        List<DemoScenario.Step> steps() {
            List<DemoScenario.Step> sorted = new ArrayList<>(steps);
            sorted.sort(java.util.Comparator.comparing(DemoScenario.Step::at));
            return sorted;
        }

        Plan after(Duration d) {
            t = t.plus(d);
            return this;
        }

        Instant peek(Duration d) {
            return t.plus(d);
        }

        void then(BiConsumer<WorkOrder, Instant> action) {
            steps.add(new DemoScenario.Step(t, action));
        }

        /** A step at its own time, not at the end of the plan so far. */
        void at(Instant when, BiConsumer<WorkOrder, Instant> action) {
            steps.add(new DemoScenario.Step(when, action));
        }
    }
}
