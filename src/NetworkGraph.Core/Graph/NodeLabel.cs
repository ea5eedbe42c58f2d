namespace NetworkGraph.Core.Graph;

public enum NodeLabel { Institution, Network, Meeting, Theme, Responsibility, FeedbackItem, PolicyChange, Territory }
