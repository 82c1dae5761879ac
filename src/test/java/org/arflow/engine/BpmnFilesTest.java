package org.arflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.arflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

/** Every file in bpmn/ parses, is laid out for Camunda Modeler, is documented, and deploys. */
@IntegrationTest
class BpmnFilesTest {

    @Autowired
    CamundaClient client;

    @Test
    void every_bpmn_file_parses_validates_and_has_a_shape_for_every_node_and_an_edge_for_every_flow() throws IOException {
        List<Path> files = files(".bpmn");
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("claim-follow-up.bpmn", "documentation-request.bpmn", "appeal.bpmn", "write-off-review.bpmn");
        for (Path file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Bpmn.validateModel(model);
            Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
            Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(shapes).as("%s: shape of %s", file, node.getId()).contains(node.getId());
                if (!(node instanceof io.camunda.zeebe.model.bpmn.instance.Gateway)) {
                    assertThat(node.getDocumentations()).as("%s: documentation of %s", file, node.getId()).isNotEmpty();
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(edges).as("%s: edge of %s", file, flow.getId()).contains(flow.getId());
            }
        }
    }

    @Test
    void every_dmn_file_has_a_diagram_shape_for_each_decision() throws Exception {
        List<Path> files = files(".dmn");
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : files) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document dmn = factory.newDocumentBuilder().parse(file.toFile());
            int decisions = dmn.getElementsByTagNameNS("*", "decision").getLength();
            int shapes = dmn.getElementsByTagNameNS("*", "DMNShape").getLength();
            assertThat(decisions).as(file.toString()).isPositive();
            assertThat(shapes).as(file.toString()).isEqualTo(decisions);
        }
    }

    @Test
    void every_file_deploys_on_the_engine_on_its_own() throws IOException {
        for (Path file : Stream.concat(files(".dmn").stream(), files(".bpmn").stream()).toList()) {
            var deployment = client.newDeployResourceCommand().addResourceFile(file.toString()).send().join();
            assertThat(deployment.getProcesses().size() + deployment.getDecisions().size())
                    .as("what %s deployed", file).isPositive();
        }
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> all = Files.list(Path.of("bpmn"))) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
