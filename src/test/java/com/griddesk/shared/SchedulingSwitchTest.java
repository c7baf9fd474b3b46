package com.griddesk.shared;

import com.griddesk.support.ApiTestBase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.TaskManagementConfigUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With griddesk.scheduling.enabled=false no @Scheduled job runs by itself: tests move the clock and
 * run the jobs when they mean to. A library that switches scheduling on globally breaks that.
 */
class SchedulingSwitchTest extends ApiTestBase {

    @Autowired
    ApplicationContext context;

    @Test
    void no_scheduled_job_runs_in_the_tests() {
        assertThat(context.containsBean(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME)).isFalse();
    }
}
