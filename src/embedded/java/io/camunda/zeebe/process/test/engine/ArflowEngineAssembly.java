package io.camunda.zeebe.process.test.engine;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * arflow's evaluation engine, put together from Zeebe's building blocks with the parts arflow gives it
 * (the state store and the log storage) and its own response writer, with the gateway bound to loopback
 * only. It does what the library's EngineFactory does (zeebe-process-test-engine 8.8.1), which offers no
 * way to pass a state store, binds on every interface and writes answers through static fields. This is
 * the one class that uses the library's package-private parts (the gRPC gateway, the command writer and
 * sender, the job streamer, the record stream), hence its package; ArflowEngineAssemblyTest is pinned to
 * the Camunda version it was written for.
 */
public final class ArflowEngineAssembly {

    private static final int PARTITION_ID = 1;
    private static final int PARTITION_COUNT = 1;

    private ArflowEngineAssembly() {
    }

    /** An engine's parts, not started: its gateway server, then its stream processor, start it. */
    public record Parts(Server gatewayServer, StreamProcessor streamProcessor, ZeebeDb<ZbColumnFamilies> state,
            LogStream logStream, ActorScheduler scheduler, ControlledActorClock clock, RecordStreamSource records) {
    }

    /** The parts of an engine on {@code port} of the loopback interface (0: any free port). */
    public static Parts build(int port, ZeebeDb<ZbColumnFamilies> state, LogStorage logStorage) {
        ControlledActorClock clock = new ControlledActorClock();
        ActorScheduler scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
        scheduler.start();
        LogStream logStream = LogStream.builder().withPartitionId(PARTITION_ID).withLogStorage(logStorage)
                .withClock(clock).withMeterRegistry(new SimpleMeterRegistry()).build();

        CommandWriter commandWriter = new CommandWriter(logStream.newLogStreamWriter());
        CommandSender commandSender = new CommandSender(commandWriter);
        GatewayRequestStore requests = new GatewayRequestStore();
        InMemoryJobStreamer jobStreamer = new InMemoryJobStreamer(commandWriter);
        GrpcToLogStreamGateway gateway = new GrpcToLogStreamGateway(commandWriter, PARTITION_ID, PARTITION_COUNT,
                port, requests, jobStreamer);
        Server gatewayServer = NettyServerBuilder
                .forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)).addService(gateway).build();

        SecurityConfiguration security = new SecurityConfiguration();
        security.getAuthorizations().setEnabled(false);
        StreamProcessor streamProcessor = StreamProcessor.builder()
                .logStream(logStream)
                .zeebeDb(state)
                .commandResponseWriter(new ArflowResponseWriter(gateway, requests))
                .partitionCommandSender(commandSender)
                .recordProcessors(List.of(new Engine(context -> EngineProcessors.createEngineProcessors(context,
                        PARTITION_COUNT, new SubscriptionCommandSender(context.getPartitionId(), commandSender),
                        commandSender, FeatureFlags.createDefault(), jobStreamer, SearchClientsProxy.noop(),
                        new BrokerRequestAuthorizationConverter(security)), new EngineConfiguration(), security)))
                .actorSchedulingService(scheduler)
                .clock(new ControllableStreamClockImpl(clock))
                .meterRegistry(new SimpleMeterRegistry())
                .build();
        RecordStreamSource records = new RecordStreamSourceImpl(logStream.newLogStreamReader(), PARTITION_ID);
        return new Parts(gatewayServer, streamProcessor, state, logStream, scheduler, clock, records);
    }
}
