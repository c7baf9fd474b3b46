-- Quality inspection (质检): the service norms scored (as data), the inspections of sampled closed orders,
-- their scores, and the orders whose time limits escalated (a sampling rule).
create table quality_norm (
    code        text primary key,
    position    int not null,
    name_zh     text not null,
    name_en     text not null,
    source      text not null,
    max_points  int not null check (max_points > 0),
    active      boolean not null default true
);

insert into quality_norm (code, position, name_zh, name_en, source, max_points) values
    ('COURTESY', 10, '规范用语，礼貌待客', 'Standard phrases, courtesy', '供电服务规范 第四条', 10),
    ('LISTENING', 20, '仔细倾听并做好记录', 'Listened carefully and took notes', '供电服务规范 第十四条第八款', 15),
    ('EMPATHY', 30, '对客户讲话有反应，体谅客户情绪', 'Responded and acknowledged the customer''s feelings', '供电服务规范 第十四条第八款', 15),
    ('NO_BUCK_PASSING', 40, '不推诿、不拒绝、不搪塞', 'No buck-passing, refusing or stalling', '供电服务规范 第四条第二款', 15),
    ('ACCURATE_ANSWER', 50, '及时、耐心、准确地解答', 'Answered promptly, patiently and correctly', '供电服务规范 第四条第二款', 15),
    ('ONE_TIME_NOTICE', 60, '一次性告知所需资料和流程', 'Told everything needed at once (one-time notification)', '95598 案例三', 10),
    ('TIME_LIMITS', 70, '按时限联系、处理和答复', 'Contacted, handled and replied within the time limits', '供电服务十项承诺', 10),
    ('RECORD_QUALITY', 80, '工单记录完整，原因与结果清楚', 'Complete record with clear cause and result', '客户问题分析改进制度', 10);

create table quality_inspection (
    id             bigint generated always as identity primary key,
    order_id       bigint not null,
    order_number   text not null unique,
    type_code      text not null,
    unit_id        bigint not null,
    unit_path      text not null,
    person_id      bigint,
    satisfaction   text,
    closed_at      timestamptz not null,
    rule           text not null check (rule in ('RANDOM', 'DISSATISFIED', 'REWORKED', 'ESCALATED')),
    sampled_by     bigint not null,
    sampled_at     timestamptz not null,
    status         text not null check (status in ('PENDING', 'SCORED')),
    inspector_id   bigint,
    inspector_name text,
    scored_at      timestamptz,
    total          int,
    max_total      int,
    comment        text,
    check (inspector_id is null or person_id is null or inspector_id <> person_id)
);
create index quality_inspection_scope on quality_inspection (unit_path text_pattern_ops, status, sampled_at);
create index quality_inspection_scored on quality_inspection (scored_at) where status = 'SCORED';

create table quality_score (
    inspection_id bigint not null references quality_inspection (id),
    norm_code     text not null references quality_norm (code),
    points        int not null check (points >= 0),
    note          text,
    primary key (inspection_id, norm_code)
);

create table quality_escalation (
    order_id     bigint primary key,
    order_number text not null,
    first_at     timestamptz not null,
    reason       text not null
);
