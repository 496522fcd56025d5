using EcomErp.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Tests.Definitions;

public sealed class ValidationTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public void Parse_ConditionsInOtherDialects_RefusedNamingFlowAndDialect()
    {
        var problems = BpmnParser.Parse(Bpmn.Definitions("""
            <process id="dialects" isExecutable="true">
              <startEvent id="start"/>
              <sequenceFlow id="f1" sourceRef="start" targetRef="route"/>
              <exclusiveGateway id="route" default="fallback"/>
              <sequenceFlow id="feel" sourceRef="route" targetRef="end">
                <conditionExpression>= amount &gt; 5</conditionExpression>
              </sequenceFlow>
              <sequenceFlow id="groovy" sourceRef="route" targetRef="end">
                <conditionExpression language="groovy">amount > 5</conditionExpression>
              </sequenceFlow>
              <sequenceFlow id="juel" sourceRef="route" targetRef="end">
                <conditionExpression>${not empty amount}</conditionExpression>
              </sequenceFlow>
              <sequenceFlow id="camunda" sourceRef="route" targetRef="end">
                <conditionExpression>${amount &gt; 5}</conditionExpression>
              </sequenceFlow>
              <sequenceFlow id="fallback" sourceRef="route" targetRef="end"/>
              <endEvent id="end"/>
            </process>
            """)).Problems;

        Assert.Equal(["feel", "groovy", "juel"], problems.Select(p => p.ElementId));
        Assert.All(problems, p => Assert.Equal("sequenceFlow", p.ElementType));
        Assert.Contains("FEEL", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'groovy' is not supported", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("not valid JavaScript", problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ModelWithSeveralProblems_ListsEveryProblemWithIdTypeAndLineInDocumentOrder()
    {
        var problems = BpmnParser.Parse(Bpmn.Definitions("""
            <process id="broken" isExecutable="true">
              <startEvent id="start">
                <timerEventDefinition><timeCycle>0 0 9 * * MON</timeCycle></timerEventDefinition>
              </startEvent>
              <sequenceFlow id="f1" sourceRef="start" targetRef="mix"/>
              <complexGateway id="mix"/>
              <serviceTask id="call"/>
              <scriptTask id="calc" scriptFormat="javascript"><script>let x = ;</script></scriptTask>
              <intermediateCatchEvent id="alarm"><signalEventDefinition/></intermediateCatchEvent>
            </process>
            """)).Problems;

        Assert.Equal(
            [("start", "startEvent", 6), ("f1", "sequenceFlow", 9), ("mix", "complexGateway", 10),
                ("call", "serviceTask", 11), ("calc", "scriptTask", 12), ("alarm", "intermediateCatchEvent", 13)],
            problems.Select(p => (p.ElementId, p.ElementType, p.Line)));
        Assert.Contains("not an ISO-8601 repeating interval", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("signal events are not supported", problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DocumentTypeWithEntities_RefusedWithoutExpanding()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE definitions [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">&b;</definitions>
            """;

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        Assert.Contains("declares a document type", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DtdProcessing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_FileWithProblems_CreatesNoVersion()
    {
        await using var engine = new TestEngine(database.ConnectionString);

        var result = await engine.Engine.Definitions.PublishAsync(Bpmn.Definitions("""
            <process id="neverPublished" isExecutable="true">
              <startEvent id="start"/>
              <sequenceFlow id="f1" sourceRef="start" targetRef="call"/>
              <serviceTask id="call" erp:activity="unknownActivity"/>
            </process>
            """), "test");

        await using var db = engine.Db();
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("call", "serviceTask"), (problem.ElementId, problem.ElementType));
        Assert.Contains("'unknownActivity' is not offered", problem.Message, StringComparison.Ordinal);
        Assert.False(await db.Definitions.AnyAsync(d => d.Key == "neverPublished"));
    }
}
