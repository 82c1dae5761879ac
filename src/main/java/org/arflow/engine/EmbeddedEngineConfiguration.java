package org.arflow.engine;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "arflow.engine.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedEngineConfiguration {

    static final String ENGINE_BEAN = "embeddedEngine";

    @Bean(name = ENGINE_BEAN, destroyMethod = "close")
    EmbeddedEngine embeddedEngine(EngineProperties properties) {
        return new EmbeddedEngine(properties.embeddedPort());
    }

    /** The client starts after the engine and closes before it, so workers never poll a dead gateway. */
    @Bean
    static BeanFactoryPostProcessor camundaClientDependsOnEmbeddedEngine() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(io.camunda.client.CamundaClient.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] current = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                definition.setDependsOn(Stream.concat(Arrays.stream(current), Stream.of(ENGINE_BEAN))
                        .toArray(String[]::new));
            }
        };
    }
}
