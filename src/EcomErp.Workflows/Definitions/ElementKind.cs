namespace EcomErp.Workflows.Definitions;

/// <summary>The BPMN elements the engine can run.</summary>
public enum ElementKind
{
    StartEvent,
    EndEvent,
    IntermediateCatchEvent,
    IntermediateThrowEvent,
    BoundaryEvent,
    Task,
    ServiceTask,
    BusinessRuleTask,
    UserTask,
    ReceiveTask,
    SendTask,
    ScriptTask,
    ManualTask,
    CallActivity,
    SubProcess,
    ExclusiveGateway,
    ParallelGateway,
    InclusiveGateway,
    EventBasedGateway,
}
