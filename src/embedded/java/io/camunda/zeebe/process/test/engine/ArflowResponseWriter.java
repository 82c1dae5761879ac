package io.camunda.zeebe.process.test.engine;

import com.google.protobuf.GeneratedMessage;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.util.buffer.BufferUtil;
import io.camunda.zeebe.util.buffer.BufferWriter;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * arflow's response writer for the in-memory engine, used by {@link ArflowEngineAssembly} in place of
 * the library's GrpcResponseWriter (zeebe-process-test-engine 8.8.1), which keeps the response's key,
 * intent and value view in static fields. arflow runs several in-memory engines in one JVM: the live one, and scratch engines for
 * draft validation and what-if runs. With static fields, one engine's answer was read from another
 * engine's buffer ("Could not deserialize object [JobBatchRecord]"), the side effect threw, and the
 * live engine stopped answering. Here every engine's writer keeps its own response, and an answer
 * that cannot be written fails only that request.
 */
class ArflowResponseWriter implements CommandResponseWriter {

    final GrpcToLogStreamGateway gateway;
    private final GatewayRequestStore requests;
    private final GrpcResponseMapper mapper = new GrpcResponseMapper();
    private final MutableDirectBuffer value = new ExpandableArrayBuffer();
    private final DirectBuffer valueView = new UnsafeBuffer();
    private long key = -1;
    private Intent intent = Intent.UNKNOWN;
    private RejectionType rejectionType = RejectionType.NULL_VAL;
    private String rejectionReason = "";

    ArflowResponseWriter(GrpcToLogStreamGateway gateway, GatewayRequestStore requests) {
        this.gateway = gateway;
        this.requests = requests;
    }

    @Override
    public CommandResponseWriter partitionId(int partitionId) {
        return this;
    }

    @Override
    public CommandResponseWriter key(long key) {
        this.key = key;
        return this;
    }

    @Override
    public CommandResponseWriter intent(Intent intent) {
        this.intent = intent;
        return this;
    }

    @Override
    public CommandResponseWriter recordType(RecordType type) {
        return this;
    }

    @Override
    public CommandResponseWriter valueType(ValueType valueType) {
        return this;
    }

    @Override
    public CommandResponseWriter rejectionType(RejectionType rejectionType) {
        this.rejectionType = rejectionType;
        return this;
    }

    @Override
    public CommandResponseWriter rejectionReason(DirectBuffer rejectionReason) {
        this.rejectionReason = BufferUtil.bufferAsString(rejectionReason);
        return this;
    }

    @Override
    public CommandResponseWriter valueWriter(BufferWriter writer) {
        writer.write(value, 0);
        valueView.wrap(value, 0, writer.getLength());
        return this;
    }

    @Override
    public void tryWriteResponse(int requestStreamId, long requestId) {
        GatewayRequestStore.Request request = requests.removeRequest(requestId);
        if (request == null) {
            return; // the caller is gone (its deadline passed): nobody to answer
        }
        if (rejectionType != RejectionType.NULL_VAL) {
            fail(request, mapper.createRejectionResponse(rejectionType, intent, rejectionReason));
            return;
        }
        GeneratedMessage response;
        try {
            response = mapper.map(request.requestType(), valueView, key, intent);
        } catch (RuntimeException e) {
            // the command is processed; only its answer is lost, so the caller hears why instead of waiting
            fail(request, Status.INTERNAL.withDescription("The engine could not write its answer: " + e.getMessage()));
            return;
        }
        @SuppressWarnings("unchecked")
        StreamObserver<GeneratedMessage> observer = (StreamObserver<GeneratedMessage>) request.responseObserver();
        observer.onNext(response);
        observer.onCompleted();
    }

    private static void fail(GatewayRequestStore.Request request, Status status) {
        request.responseObserver().onError(status.asException());
    }

    private static void fail(GatewayRequestStore.Request request, com.google.rpc.Status status) {
        request.responseObserver().onError(StatusProto.toStatusException(status));
    }
}
