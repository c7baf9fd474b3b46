package com.griddesk.workorder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.griddesk.support.GridDeskIntegrationTest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

@GridDeskIntegrationTest
class TaxonomyTest {

    @Autowired
    Taxonomy taxonomy;

    @Test
    void the_bundled_taxonomy_is_the_shared_domain_file() throws IOException {
        Path shared = Path.of("..", "shared", "domain", "taxonomy.csv");
        Assumptions.assumeTrue(Files.exists(shared), "shared/domain is beside the checkout");
        String bundled = new String(new ClassPathResource("domain/taxonomy.csv").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bundled).isEqualTo(Files.readString(shared));
    }

    @Test
    void types_categories_and_leaves_are_known() {
        assertThat(taxonomy.topLevel()).extracting(TaxonomyEntry::code).containsExactly("FAULT_REPAIR", "CONSULTATION",
                "COMPLAINT", "REPORT", "OPINION", "SUGGESTION", "PRAISE", "SERVICE_REQUEST", "BUSINESS_APPLICATION");
        assertThat(taxonomy.find("COMPLAINT.SERVICE.ATTITUDE")).hasValueSatisfying(e -> {
            assertThat(e.leaf()).isTrue();
            assertThat(e.topLevel()).isEqualTo("COMPLAINT");
            assertThat(e.nameZh()).isEqualTo("服务态度");
        });
        assertThat(taxonomy.find("COMPLAINT.SERVICE")).hasValueSatisfying(e -> assertThat(e.leaf()).isFalse());
        assertThat(taxonomy.find("OPINION")).hasValueSatisfying(e -> assertThat(e.leaf()).isTrue());
        assertThat(taxonomy.find("FAULT_REPAIR.LOW_VOLTAGE").orElseThrow().notes()).contains("400/230 V");
    }
}
