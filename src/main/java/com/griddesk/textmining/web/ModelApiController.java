package com.griddesk.textmining.web;

import java.net.URI;
import java.util.List;

import com.griddesk.org.CurrentStaff;
import com.griddesk.textmining.ModelVersion;
import com.griddesk.textmining.internal.ModelTraining;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Text mining")
class ModelApiController {

    private final ModelTraining training;

    ModelApiController(ModelTraining training) {
        this.training = training;
    }

    @GetMapping("/api/v1/textmining/models")
    @Operation(summary = "Classifier versions, newest first, with their held-out metrics; one is ACTIVE")
    List<ModelVersion> models() {
        return training.versions();
    }

    record Retrained(ModelVersion candidate, List<ModelTraining.MetricRow> comparison) {
    }

    @PostMapping("/api/v1/textmining/models")
    @Operation(summary = "Retrain (ADMIN): bundled corpus plus confirmed orders; the new version is a CANDIDATE "
            + "compared with the active one on the held-out split")
    ResponseEntity<Retrained> retrain(CurrentStaff staff) {
        ModelVersion candidate = training.retrain(staff);
        return ResponseEntity.created(URI.create("/api/v1/textmining/models/" + candidate.version()))
                .body(new Retrained(candidate, training.compare(candidate.version())));
    }

    @GetMapping("/api/v1/textmining/models/{version}")
    ModelVersion model(@PathVariable int version) {
        return training.version(version);
    }

    @PostMapping("/api/v1/textmining/models/{version}/activate")
    @Operation(summary = "Switch the classifier to this version (ADMIN); orders classified earlier keep their version")
    ModelVersion activate(@PathVariable int version, CurrentStaff staff) {
        return training.activate(version, staff);
    }
}
