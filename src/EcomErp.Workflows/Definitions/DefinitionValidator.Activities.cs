using EcomErp.Workflows.Expressions;

namespace EcomErp.Workflows.Definitions;

internal sealed partial class DefinitionValidator
{
    private void CheckTask(FlowNode node)
    {
        var settings = node.Activity;
        switch (node.Kind)
        {
            case ElementKind.ServiceTask when settings.ActivityName is null:
                Problem(node, "the service task names no activity: set erp:activity to the activity it calls");
                break;
            case ElementKind.SendTask when settings.ActivityName is null && settings.Message is null:
                Problem(node, "the send task names neither an activity (erp:activity) nor a message (messageRef)");
                break;
            case ElementKind.BusinessRuleTask when settings.RuleSet is null:
                Problem(node, "the business rule task names no rule set: set erp:ruleSet");
                break;
            case ElementKind.ReceiveTask when settings.Message is null:
                Problem(node, "the receive task names no message (messageRef)");
                break;
            case ElementKind.CallActivity when string.IsNullOrWhiteSpace(settings.CalledProcess):
                Problem(node, "the call activity names no process (calledElement)");
                break;
            case ElementKind.CallActivity when reader.GlobalElementType(settings.CalledProcess!) is { } global:
                Problem(node, $"the call activity calls {global} '{settings.CalledProcess}', which the engine " +
                    "does not run; a call activity must call a process");
                break;
            case ElementKind.ScriptTask:
                CheckScript(node);
                break;
        }

        CheckRetryBackoff(node);
        CheckCorrelationKey(node, settings.Message);
    }

    private void CheckScript(FlowNode node)
    {
        var settings = node.Activity;
        if (settings.ScriptFormat is not null && !DocumentReader.IsJavaScript(settings.ScriptFormat))
        {
            Problem(node, $"the script format '{settings.ScriptFormat}' is not supported; write JavaScript");
        }
        else if (settings.Script is null)
        {
            Problem(node, "the script task has no script");
        }
        else if (ExpressionSyntax.Check(settings.Script) is { } problem)
        {
            Problem(node, "the script is " + problem);
        }
    }

    private void CheckRetryBackoff(FlowNode node)
    {
        if (!Timers.IsoDuration.TryParse(node.Activity.RetryBackoff, out _))
        {
            Problem(node, $"erp:retryBackoff '{node.Activity.RetryBackoff}' is not an ISO-8601 duration such as PT30S");
        }
    }

    private void CheckSubProcess(FlowNode node)
    {
        var starts = node.StartEvents.ToList();
        if (node.IsEventSubProcess)
        {
            if (starts.Count != 1)
            {
                Problem(node, "an event subprocess needs exactly one start event");
            }

            if (node.Incoming.Count > 0 || node.Outgoing.Count > 0)
            {
                Problem(node, "an event subprocess cannot have incoming or outgoing sequence flows");
            }

            return;
        }

        if (starts.Count != 1 || starts[0].Event.Kind != EventKind.None)
        {
            Problem(node, "an embedded subprocess needs exactly one none start event");
        }
    }

    private void CheckMultiInstance(FlowNode node)
    {
        if (node.MultiInstance is not { } loop)
        {
            return;
        }

        if (loop.Collection is null && loop.Cardinality is null)
        {
            Problem(node, "a multi-instance activity needs a collection (erp:collection) or a loopCardinality");
        }

        CheckExpression(node, loop.Collection, "the collection");
        CheckExpression(node, loop.Cardinality, "the loop cardinality");
        CheckExpression(node, loop.CompletionCondition, "the completion condition");
    }

    private void CheckMappings(FlowNode node)
    {
        foreach (var mapping in node.Activity.Inputs.Concat(node.Activity.Outputs))
        {
            if (mapping.Source.Length > 0)
            {
                CheckExpression(node, mapping.Source, $"the mapping to '{mapping.Target}'");
            }
        }
    }

    private void CheckCorrelationKey(FlowNode node, MessageDefinition? message) =>
        CheckExpression(node, message?.CorrelationKey, $"the correlation key of message '{message?.Name}'");

    private void CheckExpression(FlowNode node, string? expression, string what)
    {
        if (expression is not null && ExpressionText.ToJavaScript(expression, out var problem) is null)
        {
            Problem(node, $"{what} '{expression}' cannot run: {problem}");
        }
    }
}
